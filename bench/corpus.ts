// Generates a deterministic multi-language trading-bot corpus with planted secrets and a manifest.
import * as fs from 'fs';
import * as path from 'path';
import { PLANTS, type Plant } from './plants';
import { Rng } from './random';

/** Where a planted secret sits: file and 0-based line. */
export interface PlantedSecret {
  path: string;
  line: number;
  kind: string;
  /** Other lines of the same credential. */
  also: number[];
}

/** The corpus on disk and what was planted in it. */
export interface Corpus {
  root: string;
  files: string[];
  bytes: number;
  planted: PlantedSecret[];
}

type Lang = 'python' | 'javascript' | 'typescript' | 'go' | 'java' | 'csharp' | 'json' | 'yaml' | 'env' | 'notebook' | 'rust' | 'php';

const EXT: Record<Lang, string> = {
  python: 'py', javascript: 'js', typescript: 'ts', go: 'go', java: 'java', csharp: 'cs', json: 'json',
  yaml: 'yml', env: 'env', notebook: 'ipynb', rust: 'rs', php: 'php',
};
// Roughly the mix of a bot-heavy GitHub search: Python first, then JS/TS, configs, the rest.
const MIX: Array<[Lang, number]> = [
  ['python', 30], ['javascript', 12], ['typescript', 12], ['go', 8], ['java', 6], ['csharp', 5], ['json', 8],
  ['yaml', 6], ['env', 2], ['notebook', 4], ['rust', 4], ['php', 3],
];

const SYMBOLS = ['BTC/USDT', 'ETH/USDT', 'SOL/USDT', 'BNB/USDT', 'XRP/USDT', 'DOGE/USDT', 'ADA/USDT'];
const WORDS = ['signal', 'window', 'balance', 'order', 'position', 'spread', 'volume', 'candle', 'ticker', 'risk', 'grid', 'hedge', 'trend', 'momentum'];

/** One filler chunk of realistic code for a language (no secrets; look-alikes on purpose). */
function filler(r: Rng, lang: Lang): string[] {
  const w = () => r.pick(WORDS);
  const n = () => r.int(1, 500);
  const sym = () => r.pick(SYMBOLS);
  switch (lang) {
    case 'python': case 'notebook': return r.pick<() => string[]>([
      () => [`def compute_${w()}_${w()}(prices, window=${n()}):`, `    """Rolling ${w()} over the last window of candles."""`, `    gains = [max(0, b - a) for a, b in zip(prices, prices[1:])]`, `    return sum(gains) / window if gains else 0.0`, ''],
      () => [`api_key = os.environ["BINANCE_API_KEY"]`, `api_secret = os.getenv("BINANCE_API_SECRET", "")`, `exchange = ccxt.binance({"apiKey": api_key, "secret": api_secret, "enableRateLimit": True})`],
      () => [`order = exchange.create_order("${sym()}", "limit", "buy", ${r.int(1, 9) / 100}, ${r.int(20000, 70000)})`, `logger.info("placed order %s for %s", order["id"], "${sym()}")`],
      () => [`TX_HASH = "0x${r.hex(64)}"  # settlement transaction`, `checksum = hashlib.sha256(payload).hexdigest()`, `assert checksum != "${r.hex(64)}"`],
      () => [`cache_key = f"{symbol}:{interval}:{start}"`, `ORDER_ID = "${r.uuid()}"`, `client_order_id = "x-${r.alnum(20)}"`],
      () => [`class ${w().charAt(0).toUpperCase()}${w()}Strategy(IStrategy):`, `    minimal_roi = {"0": 0.${r.int(1, 9)}}`, `    stoploss = -0.${r.int(1, 30)}`, `    timeframe = "${r.pick(['1m', '5m', '1h', '4h'])}"`, ''],
      () => [`for i, candle in enumerate(candles[-${n()}:]):`, `    if candle["close"] > ema_${n()}[i]:`, `        signals.append(("long", candle["ts"]))`],
      () => [`# Withdrawals are disabled on this key; see docs for the secret rotation policy.`, `password_hint = "use your exchange passphrase"`],
    ])();
    case 'javascript': case 'typescript': return r.pick<() => string[]>([
      () => [`export function ${w()}${w()}(prices${lang === 'typescript' ? ': number[]' : ''}) {`, `  const window = ${n()};`, `  return prices.slice(-window).reduce((a, b) => a + b, 0) / window;`, `}`],
      () => [`const exchange = new ccxt.binance({ apiKey: process.env.BINANCE_API_KEY, secret: process.env.BINANCE_API_SECRET ?? '' });`],
      () => [`const order = await exchange.createOrder('${sym()}', 'limit', 'buy', ${r.int(1, 9) / 100}, ${r.int(20000, 70000)});`, `console.log(\`order \${order.id} placed\`);`],
      () => [`const integrity = 'sha512-${r.base64(86)}==';`, `const txHash = '0x${r.hex(64)}';`],
      () => [`const cacheKey = \`\${symbol}:\${interval}\`;`, `const requestId = '${r.uuid()}';`],
      () => [`if (position.size > ${n()} && risk.exposure < 0.${r.int(1, 9)}) {`, `  await hedge(position, '${sym()}');`, `}`],
    ])();
    case 'go': return r.pick<() => string[]>([
      () => [`func ${w()}${w()}(prices []float64) float64 {`, `\tsum := 0.0`, `\tfor _, p := range prices {`, `\t\tsum += p`, `\t}`, `\treturn sum / float64(len(prices))`, `}`],
      () => [`apiKey := os.Getenv("BINANCE_API_KEY")`, `secretKey := os.Getenv("BINANCE_API_SECRET")`, `client := binance.NewClient(apiKey, secretKey)`],
      () => [`order, err := client.NewCreateOrderService().Symbol("${sym().replace('/', '')}").Side(binance.SideTypeBuy).Do(ctx)`, `if err != nil {`, `\treturn err`, `}`],
      () => [`const blockHash = "0x${r.hex(64)}"`, `var requestID = "${r.uuid()}"`],
    ])();
    case 'java': case 'csharp': return r.pick<() => string[]>([
      () => [`public double ${w()}${w()}(double[] prices) {`, `    double sum = 0;`, `    for (double p : prices) sum += p;`, `    return sum / prices.length;`, `}`],
      () => [lang === 'java' ? `String apiKey = System.getenv("BINANCE_API_KEY");` : `var apiKey = Environment.GetEnvironmentVariable("BINANCE_API_KEY");`],
      () => [`// order ${r.uuid()} placed for ${sym()}`, `private static final String DIGEST = "${r.hex(64)}";`],
    ])();
    case 'rust': return r.pick<() => string[]>([
      () => [`fn ${w()}_${w()}(prices: &[f64]) -> f64 {`, `    prices.iter().sum::<f64>() / prices.len() as f64`, `}`],
      () => [`let api_key = std::env::var("BINANCE_API_KEY").expect("BINANCE_API_KEY is not set");`],
      () => [`const TX: &str = "0x${r.hex(64)}";`],
    ])();
    case 'php': return r.pick<() => string[]>([
      () => [`function ${w()}_${w()}($prices) {`, `    return array_sum($prices) / count($prices);`, `}`],
      () => [`$exchange = new \\ccxt\\binance(array('apiKey' => getenv('BINANCE_API_KEY'), 'secret' => getenv('BINANCE_API_SECRET')));`],
    ])();
    case 'json': return [`  "${w()}_${n()}": {"symbol": "${sym()}", "amount": ${n()}, "id": "${r.uuid()}", "hash": "${r.hex(64)}"},`];
    case 'yaml': return r.pick<() => string[]>([
      () => [`  ${w()}_${n()}:`, `    image: python:3.12-slim`, `    environment:`, `      - BINANCE_API_KEY=\${BINANCE_API_KEY}`, `      - LOG_LEVEL=info`],
      () => [`  - name: ${w()} ${n()}`, `    run: python -m pytest -q tests/test_${w()}.py`],
    ])();
    case 'env': return [`${w().toUpperCase()}_${n()}=${r.pick(['true', 'false', String(n()), 'info'])}`];
  }
}

/** Wraps a language's lines into a file's text (notebooks become JSON with escaped sources). */
function fileText(lang: Lang, lines: string[]): string {
  if (lang === 'json') return `{\n  "max_open_trades": 3,\n${lines.join('\n')}\n  "dry_run": true\n}\n`;
  if (lang === 'notebook') {
    const source = lines.map((l, i) => `    ${JSON.stringify(l + (i < lines.length - 1 ? '\n' : ''))}${i < lines.length - 1 ? ',' : ''}`);
    return `{\n "cells": [\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "source": [\n${source.join('\n')}\n   ]\n  }\n ],\n "nbformat": 4\n}\n`;
  }
  return lines.join('\n') + '\n';
}

/** Writes the corpus (if missing or stale) and returns its manifest. */
export function generateCorpus(root: string, options: { seed: number; files: number; targetBytes: number; plantRate: number }): Corpus {
  const manifestPath = path.join(root, 'manifest.json');
  const stamp = JSON.stringify({ ...options, version: 3 });
  if (fs.existsSync(manifestPath)) {
    const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (m.stamp === stamp) return m.corpus;
  }
  fs.rmSync(root, { recursive: true, force: true });
  const r = new Rng(options.seed);
  const total = MIX.reduce((a, [, w]) => a + w, 0);
  const perFile = options.targetBytes / options.files;
  const corpus: Corpus = { root, files: [], bytes: 0, planted: [] };
  const kinds = Object.keys(PLANTS);
  for (let i = 0; i < options.files; i++) {
    let x = r.next() * total, lang: Lang = 'python';
    for (const [l, w] of MIX) if ((x -= w) < 0) { lang = l; break; }
    const rel = `${lang}/${String(Math.floor(i / 100)).padStart(3, '0')}/${['bot', 'strategy', 'exchange', 'utils', 'config', 'main'][i % 6]}_${i}.${EXT[lang]}`;
    const lines: string[] = [];
    const planted: Array<{ line: number; kind: string; also: number[] }> = [];
    let size = 0;
    while (size < perFile) {
      let chunk = filler(r, lang);
      if (r.next() < options.plantRate) {
        const plant: Plant | undefined = PLANTS[r.pick(kinds)](r, lang);
        if (plant) {
          planted.push({ line: lines.length + plant.line, kind: plant.kind, also: (plant.also ?? []).map((a) => lines.length + a) });
          chunk = plant.lines;
        }
      }
      lines.push(...chunk);
      size += chunk.reduce((a, l) => a + l.length + 1, 0);
    }
    const text = fileText(lang, lines);
    // JSON and notebook wrappers add header lines before the body.
    const offset = lang === 'json' ? 2 : lang === 'notebook' ? 7 : 0;
    for (const p of planted) corpus.planted.push({ path: rel, line: p.line + offset, kind: p.kind, also: p.also.map((a) => a + offset) });
    fs.mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
    corpus.files.push(rel);
    corpus.bytes += Buffer.byteLength(text);
  }
  fs.writeFileSync(manifestPath, JSON.stringify({ stamp, corpus }));
  return corpus;
}
