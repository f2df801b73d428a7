// A tiny evaluator for the Go expressions gitleaks' rule files build their test cases from: string literals,
// `+`, `[]string{…}`, `append(…)`, `secrets.NewSecret(regex)` and the helper functions of its utils package,
// whose bodies are read from the mirror at run time. Statements it cannot evaluate are skipped.
import { sampleRegex } from './regexSample';

/** A test case: its text and, when the sample template says so, the kind of file it stands for. */
export interface GoCase { text: string; template?: string }
type Value = string | GoCase[];

type Tok = { k: 'str' | 'id' | 'num' | 'op'; v: string };

/** The value of a Go string literal (interpreted or raw). */
function unquote(lit: string): string {
  if (lit.startsWith('`')) return lit.slice(1, -1);
  return lit.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', "'": "'" } as Record<string, string>)[e] ?? e;
  });
}

/** Go tokens, comments dropped. */
export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|("(?:[^"\\\n]|\\.)*"|`[^`]*`)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(\d+)|(:=|\.\.\.|\S)|\s+/g;
  for (const m of src.matchAll(re)) {
    if (m[1]) out.push({ k: 'str', v: unquote(m[1]) });
    else if (m[2]) out.push({ k: 'id', v: m[2] });
    else if (m[3]) out.push({ k: 'num', v: m[3] });
    else if (m[4]) out.push({ k: 'op', v: m[4] });
  }
  return out;
}

/** What the evaluator knows of gitleaks' utils package, read from the mirror. */
export interface GoHelpers {
  /** `Hex(size)` and the like: a format with `%s` for the size, or a constant regex. */
  patterns: Map<string, string>;
  /** GenerateSampleSecrets' templates by name, with `{i}`, `{I}` and `{s}`. */
  templates: Array<[string, string]>;
  /** GenerateSampleSecret's format (`%s` identifier, `%s` secret). */
  single: string;
}

/** Runs the assignments of one Go function body and returns its variables. */
export class GoEval {
  private toks: Tok[] = [];
  private p = 0;
  readonly vars = new Map<string, Value>();

  constructor(private readonly helpers: GoHelpers, private readonly rnd: () => number) {}

  /** Evaluates every `name := expr` / `name = expr` it can, in order. */
  run(body: string): void {
    this.toks = tokenize(body);
    for (let i = 0; i + 1 < this.toks.length; i++) {
      const t = this.toks[i];
      const op = this.toks[i + 1];
      if (t.k !== 'id' || t.v.includes('.') || op.k !== 'op' || (op.v !== ':=' && op.v !== '=')) continue;
      this.p = i + 2;
      try {
        this.vars.set(t.v, this.expr());
        i = this.p - 1;
      } catch {
        // not a statement this evaluator knows; go on at the next token
      }
    }
  }

  private peek(v: string): boolean {
    const t = this.toks[this.p];
    return t !== undefined && t.k === 'op' && t.v === v;
  }

  private take(v: string): void {
    if (!this.peek(v)) throw new Error(`expected ${v}`);
    this.p++;
  }

  private expr(): Value {
    let left = this.term();
    while (this.peek('+')) {
      this.p++;
      const right = this.term();
      if (typeof left !== 'string' || typeof right !== 'string') throw new Error('+ on lists');
      left += right;
    }
    return left;
  }

  private args(): Array<{ v: Value; spread: boolean }> {
    this.take('(');
    const out: Array<{ v: Value; spread: boolean }> = [];
    while (!this.peek(')')) {
      const v = this.expr();
      const spread = this.peek('...');
      if (spread) this.p++;
      out.push({ v, spread });
      if (this.peek(',')) this.p++;
      else if (!this.peek(')')) throw new Error('bad argument list');
    }
    this.p++;
    return out;
  }

  private str(v: Value | undefined): string {
    if (typeof v !== 'string') throw new Error('not a string');
    return v;
  }

  private term(): Value {
    const t = this.toks[this.p++];
    if (!t) throw new Error('end');
    if (t.k === 'str') return t.v;
    if (t.k === 'num') return t.v;
    if (t.k === 'op' && t.v === '[') {
      this.take(']');
      if (this.toks[this.p++]?.v !== 'string') throw new Error('not []string');
      this.take('{');
      const items: GoCase[] = [];
      while (!this.peek('}')) {
        const v = this.expr();
        if (typeof v === 'string') items.push({ text: v });
        else items.push(...v);
        if (this.peek(',')) this.p++;
        else if (!this.peek('}')) throw new Error('bad list');
      }
      this.p++;
      return items;
    }
    if (t.k !== 'id') throw new Error(`unexpected ${t.v}`);
    if (!this.peek('(')) {
      const v = this.vars.get(t.v);
      if (v === undefined) throw new Error(`unknown ${t.v}`);
      return v;
    }
    const a = this.args();
    const name = t.v.replace(/^utils\./, '');
    if (name === 'append') {
      const base = a[0]?.v;
      if (!Array.isArray(base)) throw new Error('append to a non-list');
      const out = [...base];
      for (const x of a.slice(1)) {
        if (x.spread && Array.isArray(x.v)) out.push(...x.v);
        else out.push({ text: this.str(x.v) });
      }
      return out;
    }
    if (name === 'secrets.NewSecret') return sampleRegex(this.str(a[0]?.v), this.rnd);
    if (name === 'GenerateSampleSecrets') {
      const id = this.str(a[0]?.v);
      const s = this.str(a[1]?.v);
      return this.helpers.templates.map(([template, text]) => ({
        template, text: text.split('{i}').join(id).split('{I}').join(id.toUpperCase()).split('{s}').join(s),
      }));
    }
    if (name === 'GenerateSampleSecret') return this.sprintf(this.helpers.single, a.map((x) => this.str(x.v)));
    if (name === 'fmt.Sprintf') return this.sprintf(this.str(a[0]?.v), a.slice(1).map((x) => this.str(x.v)));
    if (name === 'strings.Repeat') return this.str(a[0]?.v).repeat(Number(this.str(a[1]?.v)));
    const pattern = this.helpers.patterns.get(name);
    if (pattern !== undefined) return a.length ? this.sprintf(pattern, [this.str(a[0].v)]) : pattern;
    throw new Error(`unknown call ${name}`);
  }

  private sprintf(format: string, args: string[]): string {
    let k = 0;
    return format.replace(/%[sdq]/g, (f) => (f === '%q' ? JSON.stringify(args[k++] ?? '') : args[k++] ?? ''));
  }
}
