// Screen-share mode's cost per keystroke: the hide-range computation after a one-character edit of a
// 5,000-line file. Runs alone with `npm run bench:hide`; `npm run bench` prints it too.
import { LineHider, scanText } from '../src/engine';
import { Rng } from './random';

/**
 * p50/p95/max in ms of the editor's keystroke path: the edited line recomputed (with the values of the file's
 * findings, as the extension passes them) and every span of the file listed for the redraw.
 */
export function hideLatency(lines = 5000, runs = 200): { lines: number; values: number; p50: number; p95: number; max: number } {
  const r = new Rng(lines + 1);
  const body: string[] = [];
  while (body.length < lines) {
    body.push(`def f_${body.length}(prices, window=${r.int(1, 99)}):`, `    api_key = os.environ["BINANCE_API_KEY"]  # key ${r.hex(8)}`,
      `    return sum(prices[-window:]) / window`, `order = exchange.create_order("BTC/USDT", "limit", "buy", 0.01, ${r.int(20000, 70000)})`);
    // Every 100 lines a hard-coded key, so the file has findings whose values are searched on each keystroke.
    if (body.length % 100 < 4) body.push(`exchange = ccxt.binance({"apiKey": "${r.alnum(64)}", "secret": "${r.alnum(64)}"})`);
  }
  const text = body.slice(0, lines).join('\n');
  const findings = scanText(text, { path: 'bot.py' }).findings.filter((f) => f.category === 'secret');
  const values = [...new Set(findings.map((f) => text.slice(f.range.start, f.range.end)))];
  const docLines = text.split('\n');
  const hider = new LineHider('python', values, docLines);
  const mid = Math.floor(lines / 2);
  const times: number[] = [];
  for (let i = 0; i < runs + 20; i++) {
    // One character typed in the middle line, as a change event reports it.
    docLines[mid] = docLines[mid].slice(0, 10) + String.fromCharCode(97 + (i % 26)) + docLines[mid].slice(10);
    const t0 = process.hrtime.bigint();
    hider.splice(mid, 1, [docLines[mid]]);
    hider.spans();
    if (i >= 20) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // the first 20 warm the JIT
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return { lines, values: values.length, p50: at(50), p95: at(95), max: times[times.length - 1] };
}

/** One line for the bench output. */
export function hideLatencyLine(res: ReturnType<typeof hideLatency>): string {
  return `Screen-share hide ranges after a one-character edit, ${res.lines} lines, ${res.values} known values: p50 ${res.p50.toFixed(3)} ms, p95 ${res.p95.toFixed(3)} ms, max ${res.max.toFixed(3)} ms`;
}

if (require.main === module) console.log(hideLatencyLine(hideLatency()));
