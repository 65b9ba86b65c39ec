// The scanner's parsers (Babel, Lezer) are a third of the Action's code: bundled apart
// (dist/scanner.js) and loaded only when a pull request changes a file the scan reads.
export { scanFile } from '@genspend/scan';
