// Not a test: the measurement behind bench/results.md's "Scan on open" section, run by bench/scanOnOpen.ts
// against a generated 50,000-file workspace (KEYGUARD_BENCH_SCAN=1). It prints numbers and asserts nothing
// about time. In the normal suite it is skipped.
import * as vscode from 'vscode';
import type { KeyGuardTestApi } from '../../src/extension/main';
import type { BackgroundScanStats } from '../../src/extension/scan/ScanOnOpen';
import { activateKeyGuard } from './helpers';

const run = process.env.KEYGUARD_BENCH_SCAN === '1' ? describe : describe.skip;

/** p-th percentile of numbers. */
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

run('bench: scan on open of a large workspace', function () {
  this.timeout(30 * 60_000);

  it('measures time to first diagnostic, total time, extension-host CPU and responsiveness', async () => {
    const cpu0 = process.cpuUsage();
    const api = await activateKeyGuard<KeyGuardTestApi>();
    // Event-loop lag: how late a 20 ms timer fires while the scan runs (what a keystroke would wait for).
    const lags: number[] = [];
    let expected = performance.now() + 20;
    const probe = setInterval(() => { const now = performance.now(); lags.push(Math.max(0, now - expected)); expected = now + 20; }, 20);
    // Typing during the scan: edits to an open document, each one's round trip through the editor.
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'x = 1\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const edits: number[] = [];
    const done = api.scan.onOpen.stats?.finishedAt !== undefined
      ? Promise.resolve(api.scan.onOpen.stats)
      : new Promise<BackgroundScanStats>((resolve) => api.scan.onOpen.onDidFinish(resolve));
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      const t = performance.now();
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'a'));
      edits.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
    clearInterval(probe);
    const stats = await done;
    const cpu = process.cpuUsage(cpu0);
    const wall = stats.finishedAt! - api.scan.activatedAt;
    const ms = (n: number | undefined) => (n === undefined ? 'n/a' : `${Math.round(n)} ms`);
    console.log(`      files scanned: ${stats.summary?.files}, skipped: ${stats.summary?.skipped}, findings: ${stats.summary?.findings}`);
    console.log(`      time to first diagnostic (from activate()): ${ms(stats.firstFindingsAt === undefined ? undefined : stats.firstFindingsAt - api.scan.activatedAt)}`);
    console.log(`      total scan time: ${ms(stats.finishedAt! - stats.startedAt)}`);
    console.log(`      extension-host CPU during the scan: ${ms((cpu.user + cpu.system) / 1000)} (${Math.round(((cpu.user + cpu.system) / 1000 / wall) * 100)}% of one core)`);
    console.log(`      event-loop lag (20 ms probe): p50 ${ms(pct(lags, 50))}, p95 ${ms(pct(lags, 95))}, max ${ms(Math.max(0, ...lags))}`);
    console.log(`      editor.edit() round trip while scanning (${edits.length} edits): p50 ${ms(pct(edits, 50))}, p95 ${ms(pct(edits, 95))}, max ${ms(Math.max(0, ...edits))}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
