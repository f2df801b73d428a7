// The integration suite's entry point, the same for both launchers (code-server and @vscode/test-electron):
// VS Code loads this module in the extension host and awaits run().
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Test files next to this module, compiled. */
function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : [],
  );
}

/** Runs every integration test; rejects when one fails so the host reports a non-zero exit code. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The restricted suite needs an untrusted folder: the harness runs it separately (--restricted).
  const restricted = process.env.KEYGUARD_RESTRICTED === '1';
  // KEYGUARD_IT_ONLY=<part of a file name> runs only the matching files (while iterating on one feature).
  const only = process.env.KEYGUARD_IT_ONLY;
  for (const f of testFiles(__dirname)) {
    if (f.includes(`${path.sep}restricted${path.sep}`) === restricted && (!only || path.basename(f).includes(only))) mocha.addFile(f);
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const total = mocha.suite.total();
      console.log(`integration${restricted ? ' (restricted mode)' : ''}: ${total - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
