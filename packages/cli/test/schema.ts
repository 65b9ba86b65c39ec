import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import yaml from 'js-yaml';

const ROOT = new URL('../../../', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, formats: { uri: (s: string) => URL.canParse(s) } });

export function schemaOf(file: 'manifest.schema.json' | 'prices.schema.json'): { $id: string } {
  return JSON.parse(readFileSync(new URL(`schema/${file}`, ROOT), 'utf8'));
}

/** The JSON Schema's complaints about a YAML text, as an editor would show them (empty: valid). */
export function schemaErrors(file: 'manifest.schema.json' | 'prices.schema.json', text: string): string[] {
  const validate = ajv.getSchema(schemaOf(file).$id) ?? ajv.compile(schemaOf(file));
  // YAML's core schema reads dates as strings, as editors' language servers do
  if (validate(yaml.load(text, { schema: yaml.CORE_SCHEMA }))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** The schema an editor follows from the file's first line. */
export function schemaLine(text: string): string | undefined {
  return /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
}
