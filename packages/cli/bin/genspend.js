#!/usr/bin/env node
import { closedPipeIsQuiet, main } from '../dist/genspend.mjs';

// a reader that stops early (`| head`) ends the output, not the command with a stack trace
closedPipeIsQuiet(process.stdout, process.stderr, (code) => process.exit(code));
closedPipeIsQuiet(process.stderr, process.stderr, (code) => process.exit(code));

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
