// The peers' own test data, turned into samples at run time: gitleaks' rule tps/fps (generated from the
// Go rule files), Kingfisher's rule `examples`/`negative_examples`, CredSweeper's tests/samples with the
// lines its expected output lists as positives.
import { GoEval, tokenize, type GoHelpers } from './goEval';
import type { Mirror } from './mirror';
import { seeded } from './regexSample';

/** One example of a peer: a text, the path it is scanned as, and whether it holds a secret. */
export interface Sample {
  peer: string;
  rule: string;
  positive: boolean;
  text: string;
  path: string;
  /** 1-based line the secret is on (whole-file samples); absent when the whole text is the example. */
  line?: number;
}

/** What a file holding the text would be called, from the gitleaks template's name or the text's look. */
export function pathFor(text: string, template?: string): string {
  const t = (template ?? '').toLowerCase();
  const byTemplate: Array<[string, string]> = [
    ['ini', 'config.ini'], ['json', 'config.json'], ['xml', 'config.xml'], ['yaml', 'config.yaml'], ['c#', 'Config.cs'],
    ['go', 'main.go'], ['java', 'Config.java'], ['kotlin', 'Config.kt'], ['php', 'config.php'], ['python', 'config.py'],
    ['misc', 'Config.java'], ['logstash', 'logstash.conf'], ['make', 'Makefile'],
  ];
  for (const [k, p] of byTemplate) if (t.startsWith(k)) return p;
  if (/^\s*[{[]/.test(text) && /"\s*:/.test(text)) return 'config.json';
  if (/^\s*</.test(text)) return 'config.xml';
  if (/(?:^|\s)\$[A-Za-z_]\w*\s*(?:\.?=)|=>/.test(text)) return 'config.php';
  if (/:=|\bfunc\b|\bpackage\b/.test(text)) return 'main.go';
  if (/\b(?:const|let|var)\s+\w+\s*=|require\(|=>/.test(text)) return 'config.js';
  // An unquoted value is a shell or properties line: in a program it would be a variable, not a value.
  if (/^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*=[^"'\s=]/m.test(text)) return 'config.sh';
  if (/^\s*[A-Za-z_][\w.-]*[ \t]+=[ \t]+[^"'\s[{(]/m.test(text) && !/[;{}()]/.test(text)) return 'config.properties';
  if (/^\s*[\w.-]+\s*:\s+\S/m.test(text) && !/[;{}()]/.test(text)) return 'config.yaml';
  if (/^\s*curl\b/m.test(text)) return 'run.sh';
  return 'config.py';
}

/** gitleaks: run each rule function's assignments and collect its `tps` and `fps`. */
export function gitleaksSamples(m: Mirror): Sample[] {
  const utils = (f: string) => m.read(`cmd/generate/config/utils/${f}`)?.toString() ?? '';
  const helpers: GoHelpers = { patterns: new Map(), templates: [], single: '' };
  for (const f of utils('patterns.go').matchAll(/func (\w+)\((?:\w+ string)?\) string \{\s*return (?:fmt\.Sprintf\(((?:`[^`]*`|"(?:[^"\\]|\\.)*")), \w+\)|(`[^`]*`|"(?:[^"\\]|\\.)*"))/g)) {
    const lit = tokenize(f[2] ?? f[3])[0];
    if (lit?.k === 'str') helpers.patterns.set(f[1], lit.v);
  }
  const generate = utils('generate.go');
  const map = /func GenerateSampleSecrets\([^)]*\)[^{]*\{\s*samples := map\[string\]string\{([\s\S]*?)\n\t\}/.exec(generate);
  if (map) {
    const toks = tokenize(map[1]);
    for (let i = 0; i + 2 < toks.length; i++) {
      if (toks[i].k === 'str' && toks[i + 1].v === ':' && toks[i + 2].k === 'str') helpers.templates.push([toks[i].v, toks[i + 2].v]);
    }
  }
  const single = /func GenerateSampleSecret\([^)]*\) string \{\s*return fmt\.Sprintf\(("(?:[^"\\]|\\.)*")/.exec(generate);
  if (single) helpers.single = tokenize(single[1])[0].v;
  const out: Sample[] = [];
  let seed = 1;
  for (const file of m.list('cmd/generate/config/rules').filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))) {
    const src = m.read(file)?.toString() ?? '';
    for (const fn of src.split(/\nfunc /).slice(1)) {
      const rule = /RuleID:\s*"([^"]+)"/.exec(fn)?.[1];
      if (!rule) continue;
      const ev = new GoEval(helpers, seeded(seed++));
      ev.run(fn);
      for (const [name, positive] of [['tps', true], ['fps', false]] as const) {
        const v = ev.vars.get(name);
        if (!Array.isArray(v)) continue;
        for (const c of v) out.push({ peer: 'gitleaks', rule, positive, text: c.text, path: pathFor(c.text, c.template) });
      }
    }
  }
  return out;
}

/** Kingfisher: every rule's `examples` (positives) and `negative_examples`, read with js-yaml when present. */
export function kingfisherSamples(m: Mirror): Sample[] {
  let yaml: { load(s: string): unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    yaml = require('js-yaml');
  } catch {
    return [];
  }
  const out: Sample[] = [];
  for (const file of m.list('data/rules').filter((f) => /\.ya?ml$/.test(f))) {
    let doc: { rules?: Array<{ id?: string; name?: string; examples?: unknown[]; negative_examples?: unknown[] }> };
    try {
      doc = yaml.load(m.read(file)?.toString() ?? '') as typeof doc;
    } catch {
      continue;
    }
    for (const r of doc?.rules ?? []) {
      const rule = `${r.id ?? ''} ${r.name ?? ''}`.trim();
      for (const [list, positive] of [[r.examples, true], [r.negative_examples, false]] as const) {
        for (const e of list ?? []) if (typeof e === 'string' && e.trim()) out.push({ peer: 'kingfisher', rule, positive, text: e, path: pathFor(e) });
      }
    }
  }
  return out;
}

/**
 * CredSweeper: tests/samples scanned whole; the lines its expected output (tests/data/output.json) reports
 * are the positives, and the other lines of its negative sample files (`*_n`, `*fp*`) the negatives.
 */
export function credsweeperSamples(m: Mirror): Sample[] {
  let expected: Array<{ rule: string; line_data_list: Array<{ path: string; line_num: number }> }>;
  try {
    expected = JSON.parse(m.read('tests/data/output.json')?.toString() ?? '[]');
  } catch {
    return [];
  }
  const texts = new Map<string, string>();
  const read = (p: string): string | undefined => {
    if (!texts.has(p)) {
      const b = m.read(p);
      texts.set(p, b && !b.subarray(0, 8000).includes(0) ? b.toString() : '');
    }
    return texts.get(p) || undefined;
  };
  const out: Sample[] = [];
  const positiveLines = new Set<string>();
  for (const e of expected) {
    for (const l of e.line_data_list) {
      const p = l.path.replace(/^\.\//, '');
      const text = read(p);
      const key = `${p}:${l.line_num}`;
      if (!text || positiveLines.has(key)) continue;
      positiveLines.add(key);
      out.push({ peer: 'credsweeper', rule: `${e.rule} ${p.split('/').pop()}`, positive: true, text, path: p.split('/').pop() ?? p, line: l.line_num });
    }
  }
  for (const p of m.list('tests/samples').filter((f) => /_n(?:\.|$)|fp/i.test(f.split('/').pop() ?? ''))) {
    const text = read(p);
    if (!text) continue;
    text.split('\n').forEach((line, i) => {
      if (line.trim() && !positiveLines.has(`${p}:${i + 1}`)) {
        out.push({ peer: 'credsweeper', rule: p.split('/').pop() ?? p, positive: false, text, path: p.split('/').pop() ?? p, line: i + 1 });
      }
    });
  }
  return out;
}
