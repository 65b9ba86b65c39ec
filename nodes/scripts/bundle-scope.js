// Stands in for `globalThis` inside the bundle (see bundle.mjs): zod keeps its global config
// and schema registry there, shared between copies of zod in one process. A node bundles its
// own zod, so an object private to the bundle serves, and the node touches no global.
export const bundleScope = {};
