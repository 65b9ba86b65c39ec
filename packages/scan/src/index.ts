export { scannable, SCANNED_EXTENSIONS } from './paths.js';
export { scanFile, scanSource, type FileScan } from './scan.js';
export { matchUrl, mayHoldCalls, mentionsProvider, type UrlMatch } from './urls.js';
