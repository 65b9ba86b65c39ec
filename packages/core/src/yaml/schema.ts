// The YAML 1.2 core schema as js-yaml types, with numbers read exactly from their source text.
import jsyaml from 'js-yaml';
import { Money } from '../money.js';

const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const SMALL_INT = /^-?[0-9]{1,15}$/;

/**
 * A number's exact value from its source text: `0.1` stays 0.1 and `1e400` stays 1e400 (the
 * manifest schema then refuses it as too large) instead of becoming Infinity.
 */
function exact(data: string): Money {
  // a small integer converts exactly from a JS number, which decimal.js reads much faster than text
  if (SMALL_INT.test(data)) return new Money(Number(data));
  return new Money(/^0[ox]/.test(data) ? BigInt(data).toString() : data.replace(/^\+/, ''));
}

/** .inf and .nan stay JS numbers, so the schema can name them. */
function special(data: string): number {
  if (/nan/i.test(data)) return NaN;
  return data.startsWith('-') ? -Infinity : Infinity;
}

const scalar = (tag: string, test: RegExp, construct: (data: string) => unknown) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && test.test(data),
    construct,
  });

/**
 * Any other tag (`!!binary`, `!!set`, `!!timestamp`, `!!omap`, `!!pairs`, a local `!thing`):
 * js-yaml matches a multi type by tag prefix, and every tag starts with ''. `refuse` throws.
 */
const anyOtherTag = (refuse: (tag: string) => never) =>
  (['scalar', 'sequence', 'mapping'] as const).map(
    (kind) => new jsyaml.Type('', { kind, multi: true, resolve: (_data: unknown, tag?: string) => refuse(tag ?? '') }),
  );

/**
 * The schema for a text: the failsafe schema (strings, lists, mappings), YAML 1.2 core scalars
 * (one type per tag: js-yaml keeps only the last type registered for a tag), merge keys, and
 * no YAML 1.1 types. With `exactNumbers` numbers are Decimals (manifests); without, JS numbers
 * (catalog files, whose prices are quoted strings).
 */
export function yamlSchema(exactNumbers: boolean, refuseTag: (tag: string) => never): jsyaml.Schema {
  const number = (data: string) => (exactNumbers ? exact(data) : Number(data.replace(/^\+/, '')));
  return jsyaml.FAILSAFE_SCHEMA.extend({
    implicit: [
      scalar('null', NULL, () => null),
      scalar('bool', BOOL, (data) => data.toLowerCase() === 'true'),
      scalar('int', INT, number),
      scalar('float', new RegExp(`${FLOAT.source}|${SPECIAL_FLOAT.source}`), (data) =>
        SPECIAL_FLOAT.test(data) ? special(data) : number(data),
      ),
      // `<<: *defaults`; js-yaml merges a key of this tag into its mapping
      new jsyaml.Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (data: unknown) => data === '<<' }),
    ],
    explicit: anyOtherTag(refuseTag),
  });
}
