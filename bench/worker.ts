// Runs one scanner over the whole corpus in its own process, so its time and peak memory are its own.
import * as fs from 'fs';
import * as path from 'path';
import { scanText } from '../src/engine';
import type { Corpus } from './corpus';

/** What one scanner reported over the corpus. */
export interface WorkerResult {
  tool: string;
  /** Wall-clock time of the scan. */
  ms: number;
  /** CPU time (user + system) of the first scan, in a fresh process: stable when other processes share the machine. */
  cpuMs: number;
  /** Median CPU time of three further scans of the same files: the steady state of a long-running editor. */
  warmCpuMs: number;
  files: number;
  bytes: number;
  maxRssMB: number;
  /** `path:line` (0-based line) of every finding. */
  hits: string[];
}

/** Native ESM import that tsc's CommonJS output would otherwise turn into require(). */
const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Scans every corpus file with KeyGuard's engine. */
async function keyguard(corpus: Corpus, texts: string[]): Promise<string[]> {
  const hits: string[] = [];
  texts.forEach((text, i) => {
    for (const f of scanText(text, { path: corpus.files[i] }).findings) hits.push(`${corpus.files[i]}:${f.range.startLine}`);
  });
  return hits;
}

/** Scans every corpus file with secretlint's core and its recommended preset, through its Node API. */
async function secretlint(corpus: Corpus, texts: string[]): Promise<string[]> {
  const { lintSource } = await importEsm('@secretlint/core');
  // secretlint's own CLI turns its profiler off unless --profile: left on, it keeps a performance mark per rule
  // and file (MaxPerformanceEntryBufferExceededWarning after a million) and pays for them.
  (await importEsm('@secretlint/profiler')).secretLintProfiler.setEnabled(false);
  const { creator } = await importEsm('@secretlint/secretlint-rule-preset-recommend');
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] };
  const hits: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const filePath = path.join(corpus.root, corpus.files[i]);
    const result = await lintSource({
      source: { content: texts[i], filePath, ext: path.extname(filePath), contentType: 'text' },
      options: { config, maskSecrets: true },
    });
    for (const m of result.messages) hits.push(`${corpus.files[i]}:${m.loc.start.line - 1}`);
  }
  return hits;
}

async function main(): Promise<void> {
  const [tool, manifestPath] = process.argv.slice(2);
  const corpus: Corpus = JSON.parse(fs.readFileSync(manifestPath, 'utf8')).corpus;
  const texts = corpus.files.map((f) => fs.readFileSync(path.join(corpus.root, f), 'utf8'));
  const scan = tool === 'keyguard' ? keyguard : secretlint;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const hits = await scan(corpus, texts);
  const cpu = process.cpuUsage(c0);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const w0 = process.cpuUsage();
    await scan(corpus, texts);
    const w = process.cpuUsage(w0);
    warm.push((w.user + w.system) / 1000);
  }
  warm.sort((a, b) => a - b);
  const result: WorkerResult = { tool, ms, cpuMs: (cpu.user + cpu.system) / 1000, warmCpuMs: warm[1], files: texts.length, bytes: corpus.bytes, maxRssMB, hits };
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(1);
});
