import { estimateJson, priceChange, renderEstimateMarkdown, renderEstimateTable } from '@genspend/core';
import { expandManifestArgs, loadManifests } from '../files.js';
import { EXIT, parseFormat, writeJson, type Io } from '../io.js';
import { loadCatalog } from '../price-file.js';

export const estimateHelp = `Usage: genspend estimate <files or globs...> [--format table|markdown|json] [--prices FILE]

Prices the workloads the manifests declare, per period, and checks each manifest's budget.
Prices come from genspend.prices.yml (next to the first manifest, or here; or --prices FILE),
then the built-in catalog; every line says which.
Exit 0 within budget (or warnings only), 1 when a budget rule fails, 2 on bad input.`;

export async function estimateCommand(positionals: string[], values: { format?: string; prices?: string }, io: Io): Promise<number> {
  const format = parseFormat(values.format);
  const files = await expandManifestArgs(positionals, io.cwd);
  const manifests = loadManifests(io.cwd, files);
  const catalog = loadCatalog(io.cwd, files, values.prices);
  const { head: estimate, budget } = priceChange({ head: manifests, catalog });
  if (format === 'json') await writeJson(io.stdout, estimateJson(estimate, budget));
  else if (format === 'markdown') io.stdout.write(renderEstimateMarkdown(estimate, budget));
  else io.stdout.write(renderEstimateTable(estimate, budget));
  return budget.verdict === 'fail' ? EXIT.budgetFailed : EXIT.pass;
}
