// Which paths the scanner reads, apart from the parsers: a caller that only filters paths (the
// Action, before it knows whether a pull request changes any source) does not load Babel or Lezer.

export const base = (file: string) => file.slice(file.lastIndexOf('/') + 1);
export const extension = (file: string) => {
  const name = base(file);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
};

export const SCANNED_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.py', '.json', '.toml'];

/** Whether the scanner reads this path: source files, JSON (n8n workflows, Runpod's hub.json and tests.json), runpod.toml. */
export function scannable(file: string): boolean {
  const ext = extension(file);
  if (ext === '.toml') return base(file) === 'runpod.toml';
  if (file.endsWith('.d.ts')) return false;
  return SCANNED_EXTENSIONS.includes(ext);
}

/** Runpod's endpoint configs: read whatever they hold. */
export const isRunpodConfig = (file: string): boolean =>
  (extension(file) === '.json' && /(^|\/)\.runpod\/(hub|tests)\.json$/.test(file)) || base(file) === 'runpod.toml';
