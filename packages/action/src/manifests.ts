import { MAX_YAML_BYTES, parseManifests, type Manifest } from '@genspend/core';
import { findFiles, pathMatcher, readRepositoryText, type TextOptions } from '@genspend/files';

// The working tree is read and globbed as the CLI reads it (@genspend/files); the base comes
// from git, a fetch or the contents API (base.ts).

/** The `manifests` input split into what to match and what to leave out (`!` lines). */
function split(patterns: readonly string[]): { include: string[]; exclude: string[] } {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return { include, exclude };
}

/** The working tree's manifests (the head), as sorted paths relative to the workspace, with `/`; each real file once. */
export async function findManifests(workspace: string, patterns: readonly string[]): Promise<string[]> {
  const { include, exclude } = split(patterns);
  if (include.length === 0) return [];
  return findFiles(workspace, include, exclude);
}

/** A matcher with the same meaning as findManifests, for paths listed at the base. */
export function manifestMatcher(patterns: readonly string[]): (path: string) => boolean {
  const { include, exclude } = split(patterns);
  return pathMatcher(include, exclude);
}

/** How the Action reads a manifest, at the head and at the base alike. */
export const READ: TextOptions = {
  maxBytes: MAX_YAML_BYTES,
  rootName: 'the repository',
  splitFix: 'split it into several manifests (the `manifests` input takes globs)',
  binaryFix: 'point the `manifests` input at YAML manifests',
};

/** Reads the head manifests from the working tree, reporting the problems of all of them together. */
export function readHead(workspace: string, files: readonly string[]): Manifest[] {
  return parseManifests(
    files.map((file) => ({
      file,
      // a regular file inside the workspace only: a PR may commit a link to /dev/zero or out of the checkout
      read: () => readRepositoryText(workspace, file, READ),
    })),
  );
}
