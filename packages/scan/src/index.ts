export { scanFile, scanSource, scannable, SCANNED_EXTENSIONS, type FileScan } from './scan.js';
export { matchUrl, mentionsProvider, type UrlMatch } from './urls.js';
