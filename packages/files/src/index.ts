export { readRepositoryFile, isInside, type ReadOptions } from './read.js';
export { findFiles, pathMatcher, uniqueFiles } from './find.js';
