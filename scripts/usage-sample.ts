/**
 * The usage sample (test/fixtures/usage-sample.json): which model ids public code that calls each
 * provider names, and in how many repositories. Coverage weighs each id by its repository count,
 * so a catalog that prices the few ids most people call scores high even if the long tail is missing.
 */
import { z } from 'zod';

export const PROVIDERS = ['fal', 'runware', 'runway', 'runpod'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

const Entry = z.strictObject({
  id: z.string().min(1),
  repos: z.array(z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'expected owner/name')).min(1),
  seen: z.array(z.string().min(1)),
});
export type SampleEntry = z.infer<typeof Entry>;

export const UsageSample = z.strictObject({
  version: z.literal(1),
  collected: z.iso.date(),
  method: z.string().min(1),
  providers: z.strictObject({ fal: z.array(Entry), runware: z.array(Entry), runway: z.array(Entry), runpod: z.array(Entry) }),
  skippedDynamic: z.strictObject({ fal: z.int().min(0), runware: z.int().min(0), runway: z.int().min(0), runpod: z.int().min(0) }),
});
export type UsageSample = z.infer<typeof UsageSample>;

/** The order the sample is kept in: most repositories first, then by id, so a rebuild diffs cleanly. */
export function compareEntries(a: SampleEntry, b: SampleEntry): number {
  return b.repos.length - a.repos.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Integrity problems of a parsed sample, each saying where and how to fix it; [] when well-formed. */
export function sampleProblems(sample: UsageSample): string[] {
  const problems: string[] = [];
  for (const provider of PROVIDERS) {
    const entries = sample.providers[provider];
    const ids = new Set<string>();
    entries.forEach((e, i) => {
      const at = `providers.${provider}[${i}] (\`${e.id}\`)`;
      if (ids.has(e.id)) problems.push(`${at}: duplicate id: merge its repos into the first entry`);
      ids.add(e.id);
      const prev = entries[i - 1];
      if (prev && compareEntries(prev, e) > 0)
        problems.push(`${at}: not sorted: move \`${e.id}\` before \`${prev.id}\` (most repositories first, then by id)`);
      if (new Set(e.repos).size !== e.repos.length) problems.push(`${at}: a repository is listed twice in repos`);
      const seenRepos = e.seen.map((s) => s.slice(0, s.indexOf(':')));
      for (const repo of e.repos)
        if (!seenRepos.includes(repo)) problems.push(`${at}: repo ${repo} has no \`seen\` entry: add "${repo}:<path>"`);
      e.seen.forEach((s, j) => {
        if (s.indexOf(':') < 1 || !e.repos.includes(seenRepos[j]!))
          problems.push(`${at}: seen[${j}] \`${s}\` names no repository of this id: write "owner/name:path" for a listed repo`);
      });
    });
  }
  return problems;
}

export interface Ratio {
  priced: number;
  total: number;
  /** priced / total as a percentage, one decimal; null when there is nothing to measure. */
  percent: number | null;
}

export interface ProviderCoverage {
  provider: ProviderId;
  /** Distinct repositories across all of the provider's ids. */
  repos: number;
  ids: number;
  /** Sum of repos(id) over priced ids / sum of repos(id) over all ids. */
  weighted: Ratio;
  /** Priced ids / all ids. */
  plain: Ratio;
  skippedDynamic: number;
  topUnpriced: { id: string; repos: number }[];
  /**
   * Unpriced community models (Runware `civitai:…@…`): priceable once a workload names their
   * architecture, so listed apart from the ids the catalog lacks; still counted as unpriced.
   */
  community: { ids: number; repos: number };
}

function ratio(priced: number, total: number): Ratio {
  return { priced, total, percent: total === 0 ? null : Math.round((priced * 1000) / total) / 10 };
}

/** Whether the catalog prices an id: the same lookup the estimate uses. */
export type Priced = (provider: ProviderId, id: string) => boolean;

export function measure(sample: UsageSample, priced: Priced, community: Priced = () => false, top = 15): ProviderCoverage[] {
  return PROVIDERS.map((provider) => {
    const entries = [...sample.providers[provider]].sort(compareEntries);
    let weightPriced = 0;
    let weightTotal = 0;
    let idsPriced = 0;
    const unpriced: { id: string; repos: number }[] = [];
    const byArchitecture = { ids: 0, repos: 0 };
    for (const e of entries) {
      weightTotal += e.repos.length;
      if (priced(provider, e.id)) {
        weightPriced += e.repos.length;
        idsPriced++;
      } else if (community(provider, e.id)) {
        byArchitecture.ids++;
        byArchitecture.repos += e.repos.length;
      } else unpriced.push({ id: e.id, repos: e.repos.length });
    }
    return {
      provider,
      repos: new Set(entries.flatMap((e) => e.repos)).size,
      ids: entries.length,
      weighted: ratio(weightPriced, weightTotal),
      plain: ratio(idsPriced, entries.length),
      skippedDynamic: sample.skippedDynamic[provider],
      topUnpriced: unpriced.slice(0, top),
      community: byArchitecture,
    };
  });
}

/** `fal=60,runway=95` -> goals in percent; throws an Error that says which part is wrong. */
export function parseGoals(text: string): Partial<Record<ProviderId, number>> {
  const goals: Partial<Record<ProviderId, number>> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!m) throw new Error(`--min: \`${part}\` is not provider=percent (e.g. fal=60,runway=95)`);
    const [, name, value] = m;
    if (!(PROVIDERS as readonly string[]).includes(name!))
      throw new Error(`--min: unknown provider \`${name}\` (expected one of ${PROVIDERS.join(', ')})`);
    const percent = Number(value);
    if (percent > 100) throw new Error(`--min: ${name}=${value}: a goal is a percentage from 0 to 100`);
    goals[name as ProviderId] = percent;
  }
  return goals;
}

/**
 * Providers whose weighted coverage is under their goal, compared on the exact ratio, not the rounded
 * percent (59.96% shows as 60.0% and still misses a 60% goal). A provider with no sample misses any goal.
 */
export function belowGoal(report: readonly ProviderCoverage[], goals: Partial<Record<ProviderId, number>>): ProviderCoverage[] {
  return report.filter((r) => {
    const goal = goals[r.provider];
    return goal !== undefined && (r.weighted.total === 0 || r.weighted.priced * 100 < goal * r.weighted.total);
  });
}
