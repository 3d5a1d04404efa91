import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // Never echo the draft: only the error's kind and where it came from.
    process.stderr.write(`safepost: internal error (${e instanceof Error ? e.name : 'unknown'})\n`);
    process.exitCode = 70;
  },
);
