import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultCatalog,
  diffEstimates,
  diffJson,
  estimateJson,
  estimateManifests,
  evaluateBudget,
  parseManifest,
  renderDiffMarkdown,
  renderDiffTable,
  renderEstimateMarkdown,
  renderEstimateTable,
} from '@genspend/core';

// Golden files: user-visible output, reviewed as text. After an intended change: npx vitest run -u
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const example = parseManifest(read('examples/genspend.yml'), 'examples/genspend.yml');
const base = { ...parseManifest(read('test/fixtures/base.yml'), 'test/fixtures/base.yml'), file: 'examples/genspend.yml' };
const catalog = defaultCatalog();

describe('golden output', () => {
  const estimate = estimateManifests([example], catalog);
  const budget = evaluateBudget(diffEstimates(null, estimate), { hasBase: false });

  it('estimate table', async () => {
    await expect(renderEstimateTable(estimate, budget)).toMatchFileSnapshot('golden/estimate.table.txt');
  });
  it('estimate markdown', async () => {
    await expect(renderEstimateMarkdown(estimate, budget)).toMatchFileSnapshot('golden/estimate.md');
  });
  it('estimate json', async () => {
    await expect(JSON.stringify(estimateJson(estimate, budget), null, 2) + '\n').toMatchFileSnapshot('golden/estimate.json');
  });

  const baseEstimate = estimateManifests([base], catalog);
  const diff = diffEstimates(baseEstimate, estimate);
  const diffBudget = evaluateBudget(diff, { hasBase: true });

  it('diff verdict on the example change', () => {
    // +10,000 thumbnails (+$40.71) and the new spin videos (+$640) break maxIncrease ($250) and 20%
    expect(diffBudget.verdict).toBe('fail');
    expect(diffBudget.reasons.map((r) => r.rule)).toEqual(['maxIncrease', 'maxIncreasePercent']);
  });
  it('diff table', async () => {
    await expect(renderDiffTable(diff, estimate, diffBudget)).toMatchFileSnapshot('golden/diff.table.txt');
  });
  it('diff markdown', async () => {
    await expect(renderDiffMarkdown(diff, estimate, diffBudget)).toMatchFileSnapshot('golden/diff.md');
  });
  it('diff json', async () => {
    await expect(JSON.stringify(diffJson(baseEstimate, estimate, diff, diffBudget), null, 2) + '\n').toMatchFileSnapshot(
      'golden/diff.json',
    );
  });
});
