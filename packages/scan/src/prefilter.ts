// What a caller needs to choose the files to scan without loading the parsers (Babel, Lezer):
// the CLI's reading thread imports this, and only the thread that parses loads the rest.
export { scannable, SCANNED_EXTENSIONS } from './paths.js';
export { mayHoldCalls, mentionsProvider } from './urls.js';
