/** `genspend scan --help`, apart from the command so the parsers load only when a scan runs. */
export const scanHelp = `Usage: genspend scan [paths...] [--manifest <files or globs>] [--format table|json] [--undeclared fail|warn|off]

Finds the calls to fal.ai, Runware, Runway and Runpod in the code under the paths (default: the
current directory): their SDKs in JavaScript, TypeScript and Python, raw HTTP requests to their
APIs, n8n workflow JSON, Runpod endpoint configs (.runpod/hub.json, tests.json, runpod.toml).
Each call is compared with the manifests (default: every genspend.yml here and below):
  undeclared  a call whose provider and model no workload declares
  mismatch    a literal argument that says otherwise than the workload (warning)
  stale       a workload no scanned code calls (warning)
and quoted from its literal arguments. \`// genspend: <workload>\` (\`# genspend: ...\` in Python)
above a call ties it to a workload by name; \`// genspend-ignore\` leaves it out. A manifest's
\`scan: { exclude: [globs] }\` leaves paths out.
Exit 1 when a call is undeclared and the rule is \`undeclared: fail\` (the manifest's budget, or
--undeclared), 0 otherwise, 2 on bad input.`;
