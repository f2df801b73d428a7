// Entry point of the `keyguard` command: wires process I/O to run() and exits with its code.
import { isMainThread } from 'worker_threads';
import { run } from './run';
import { printable } from '../engine';

declare const KEYGUARD_VERSION: string | undefined;

/** Version from the build (esbuild defines it); falls back for unbundled test runs. */
function version(): string {
  return typeof KEYGUARD_VERSION === 'string' ? KEYGUARD_VERSION : '0.0.0-dev';
}

/** Runs the command line; in a scan worker (this bundle is also the workers' entry, see scanPool.ts) it does nothing. */
function main(): void {
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    noColor: 'NO_COLOR' in process.env,
    version: version(),
  }).then(
    (r) => {
      if (r.stdout) process.stdout.write(r.stdout);
      if (r.stderr) process.stderr.write(r.stderr);
      process.exitCode = r.exitCode;
    },
    (e: Error) => {
      process.stderr.write(`keyguard: unexpected error: ${printable(e.message)}\n`);
      process.exitCode = 2;
    },
  );
}

if (isMainThread) main();
