export {
  readRepositoryFile,
  readRepositoryText,
  readListedText,
  decodeText,
  checkSize,
  isInside,
  type ReadOptions,
  type TextOptions,
} from './read.js';
export { findFiles, listFiles, pathMatcher, uniqueFiles, type ListedFile } from './find.js';
