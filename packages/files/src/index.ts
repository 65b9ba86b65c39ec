export { readRepositoryFile, readRepositoryText, decodeText, checkSize, isInside, type ReadOptions, type TextOptions } from './read.js';
export { findFiles, pathMatcher, uniqueFiles } from './find.js';
