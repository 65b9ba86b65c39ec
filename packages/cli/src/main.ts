import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { escapeControl, isGenspendError } from '@genspend/core';
import { balanceCommand, balanceHelp } from './commands/balance.js';
import { catalogCommand, catalogHelp } from './commands/catalog.js';
import { diffCommand, diffHelp } from './commands/diff.js';
import { estimateCommand, estimateHelp } from './commands/estimate.js';
import { initCommand, initHelp } from './commands/init.js';
import { lockCommand, lockHelp } from './commands/lock.js';
import { pricesCommand, pricesHelp } from './commands/prices.js';
import { quoteCommand, quoteHelp } from './commands/quote.js';
import { reconcileCommand, reconcileHelp } from './commands/reconcile.js';
import { scanHelp } from './commands/scan-help.js';
import { syncCommand, syncHelp } from './commands/sync.js';
import { EXIT, UsageError, type Io } from './io.js';
import { PR_RULE_FLAGS } from './rules.js';

export { closedPipeIsQuiet } from './io.js';

// the package's own version (dist/ and src/ both sit one level below package.json): set by scripts/version.mjs
const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const HELP = `genspend ${VERSION}: price generative-media API work before it runs.

Usage:
  genspend init [--provider <ids>] [--starter] [--prices] [--force]
  genspend estimate <files or globs...> [--format table|markdown|json]
  genspend diff --base <file or git-ref> --head <files or globs...> [--format ...] [--limit|--max-increase|--max-increase-percent ...]
  genspend prices [provider] [model] [--format table|json]
  genspend prices sync [provider] [--write] [--dir <folder>]
  genspend prices lock [manifests...] [--prices FILE]
  genspend catalog check [--dir <folder>]
  genspend balance [--provider <ids>] [--manifest <files>] [--format table|json]
  genspend quote <fal|runway|runware|runpod> [endpoint] <request.json|-> [--format table|json]
  genspend scan [paths...] [--manifest <files>] [--format table|json] [--undeclared fail|warn|off]
  genspend reconcile --manifest <files> [--days 30 | --from D --to D] [--max-variance 25%] [--format ...]
  genspend reconcile --requests <file> [--provider <id>] [--max-variance 25%] [--format ...]
  genspend <command> --help

Exit codes: 0 pass (or warnings), 1 a budget rule failed, 2 bad input or tool error.`;

const COMMAND_HELP: Record<string, string> = {
  estimate: estimateHelp,
  diff: diffHelp,
  prices: pricesHelp,
  catalog: catalogHelp,
  balance: balanceHelp,
  init: initHelp,
  quote: quoteHelp,
  reconcile: reconcileHelp,
  scan: scanHelp,
};

/** Runs the CLI; returns the exit code. Never throws for bad input: it prints one line per problem. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(HELP + '\n');
      return command === undefined ? EXIT.error : EXIT.pass;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(VERSION + '\n');
      return EXIT.pass;
    }
    if (!(command in COMMAND_HELP)) throw new UsageError(`unknown command \`${command}\``);
    if (command === 'init') return await initCommand(rest, io); // its --prices is a switch, not a file
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        prices: { type: 'string' },
        'max-age': { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string', multiple: true },
        dir: { type: 'string' },
        write: { type: 'boolean' },
        provider: { type: 'string', multiple: true },
        manifest: { type: 'string', multiple: true },
        requests: { type: 'string' },
        days: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'max-variance': { type: 'string' },
        'low-days': { type: 'string' },
        'critical-days': { type: 'string' },
        limit: { type: 'string' },
        'max-increase': { type: 'string' },
        'max-increase-percent': { type: 'string' },
        unpriced: { type: 'string' },
        judge: { type: 'string' },
        undeclared: { type: 'string' },
        deadline: { type: 'string' },
        gpu: { type: 'string' },
        seconds: { type: 'string' },
        worker: { type: 'string' },
        set: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const sync = command === 'prices' && positionals[0] === 'sync';
    const lock = command === 'prices' && positionals[0] === 'lock';
    if (values.help) {
      io.stdout.write((sync ? syncHelp : lock ? lockHelp : COMMAND_HELP[command]) + '\n');
      return EXIT.pass;
    }
    const allowed: Record<string, string[]> = {
      estimate: ['format', 'prices'],
      diff: ['format', 'base', 'head', 'prices', ...PR_RULE_FLAGS],
      prices: ['format'],
      catalog: ['dir', 'prices', 'max-age'],
      balance: ['format', 'provider', 'manifest', 'days', 'low-days', 'critical-days', 'deadline'],
      quote: ['format', 'prices', 'gpu', 'seconds', 'worker', 'set'],
      reconcile: ['format', 'provider', 'manifest', 'requests', 'days', 'from', 'to', 'max-variance', 'deadline'],
      scan: ['format', 'manifest', 'prices', 'undeclared'],
    };
    const stray = Object.keys(values).find(
      (k) => k !== 'help' && !(sync ? ['format', 'dir', 'write'] : lock ? ['format', 'prices'] : allowed[command]!).includes(k),
    );
    if (stray) throw new UsageError(`\`--${stray}\` does not apply to \`genspend ${command}\``);
    switch (command) {
      case 'estimate':
        return await estimateCommand(positionals, values, io);
      case 'diff':
        if (positionals.length) throw new UsageError(`unexpected argument \`${positionals[0]}\`: name manifests with --head`);
        return await diffCommand(values, io);
      case 'prices':
        if (lock) return await lockCommand(positionals.slice(1), values, io);
        return sync ? await syncCommand(positionals.slice(1), values, io) : await pricesCommand(positionals, values, io);
      case 'quote':
        return await quoteCommand(positionals, values, io, () => readFileSync(0, 'utf8'));
      case 'balance':
        if (positionals.length) throw new UsageError(`unexpected argument \`${positionals[0]}\``);
        return await balanceCommand(values, io);
      case 'scan':
        // the parsers load only for a scan: every other command starts without them
        return await (await import('./commands/scan.js')).scanCommand(positionals, values, io);
      case 'reconcile':
        if (positionals.length)
          throw new UsageError(`unexpected argument \`${positionals[0]}\`: name manifests with --manifest, or jobs with --requests`);
        return await reconcileCommand(values, io);
      default:
        return catalogCommand(positionals, values, io);
    }
  } catch (e) {
    return report(e, io, command);
  }
}

/**
 * One line per problem on stderr. Messages quote manifest text, paths and provider answers:
 * control characters in them are shown as escapes, so nothing can rewrite the terminal.
 */
function report(e: unknown, io: Io, command: string | undefined): number {
  const say = (line: string) => io.stderr.write(`genspend: ${escapeControl(line)}\n`);
  if (isGenspendError(e)) {
    for (const line of e.format().split('\n')) say(line);
    return EXIT.error;
  }
  if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
    const hint = command && command in COMMAND_HELP ? `genspend ${command} --help` : 'genspend --help';
    say(`${e.message} (see \`${hint}\`)`);
    return EXIT.error;
  }
  // a bug in genspend, not in the input: say so plainly; the stack only on request
  const message = e instanceof Error ? e.message : String(e);
  say(`internal error: ${message}. Please report it with the command you ran.`);
  if (io.env.GENSPEND_DEBUG && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
  return EXIT.error;
}
