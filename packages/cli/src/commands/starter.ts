/**
 * What `genspend init` writes: one example workload per provider, each priced by the built-in
 * catalog exactly as written (the tests estimate every combination), with the attributes its
 * model bills by, so a user edits numbers rather than looks up names.
 */
export const STARTER_WORKLOADS: Readonly<Record<string, string>> = {
  runware: `  - name: product thumbnails
    provider: runware
    model: runware:101@1 # FLUX.1 [dev]; \`genspend prices runware\` lists the models
    runs: 3000 # jobs per period
    width: 1024
    height: 1024
    steps: 30
    results: 1 # images per job
`,
  fal: `  - name: hero images
    provider: fal
    model: fal-ai/flux/dev # the endpoint id your code calls; \`genspend prices fal\` lists them
    runs: 1000
    width: 1024
    height: 1024
`,
  runpod: `  - name: upscaler
    provider: runpod
    gpu: L4 # the GPU your Serverless endpoint runs on; \`genspend prices runpod\`
    worker: flex # flex (scales to zero) | active (always on)
    runs: 5000
    seconds: 2.5 # execution seconds per job, billed rounded up
    coldStarts: 100 # worker wake-ups per period
    coldStartSeconds: 10
    idleSeconds: 5 # idle timeout billed after each wake-up
`,
  runway: `  - name: product clips
    provider: runway
    model: gen4_turbo # billed in credits; \`genspend prices runway\`
    runs: 50
    seconds: 5
`,
};

export function starterManifest(schemaId: string, providers: readonly string[]): string {
  return `# yaml-language-server: $schema=${schemaId}
# What this repository generates per period; \`genspend estimate genspend.yml\` prices it.
version: 1
period: month # day | week | month (a month is 730 hours)
budget:
  limit: 1000 # USD per period
  maxIncrease: 100 # USD per period a pull request may add
  unpriced: fail # fail | warn: a workload genspend cannot price
workloads:
${providers.map((p) => STARTER_WORKLOADS[p]).join('\n')}`;
}

export function starterPrices(schemaId: string, providers: readonly string[]): string {
  const entries = providers.map(
    (p) => `  ${p}:
    # discount: 10% # off every built-in ${p} rate
    models: [] # your own ${p} rates, replacing the built-in ones with the same id
`,
  );
  return `# yaml-language-server: $schema=${schemaId}
# Your prices, read before the built-in catalog: negotiated rates, provider-wide discounts, and
# the prices a provider shows your account (\`genspend prices lock\` writes those).
version: 1
providers:
${entries.join('')}`;
}
