// Preloaded into the measured CLI run: reports its peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nGENSPEND_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
