// A random string that a regular expression matches, for the peers' rules that build their test values from
// a regex at test time (gitleaks' `secrets.NewSecret(…)`). Only the syntax those regexes use: literals,
// escapes, classes, groups, alternation and quantifiers; anything else throws and the sample is skipped.
import { Rng } from '../random';

/** A seeded generator (the bench's mulberry32), so a measurement run is reproducible. */
export function seeded(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const WORD = `${DIGITS}${LOWER}${UPPER}_`;
const PRINTABLE = `${WORD}-.+/=`;
const POSIX: Record<string, string> = { alnum: DIGITS + LOWER + UPPER, alpha: LOWER + UPPER, digit: DIGITS, xdigit: `${DIGITS}abcdef`, lower: LOWER, upper: UPPER, word: WORD };

type Node =
  | { t: 'set'; chars: string }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]}`);
    return n;
  }

  private alt(): Node {
    const options = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.seq());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, 6];
    else if (c === '+') [min, max] = [1, 6];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : min + 6) : min;
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === '?' || this.src[this.i] === '+') this.i++; // lazy / possessive: same strings
    return { t: 'rep', node, min, max };
  }

  private atom(): Node | undefined {
    const c = this.src[this.i++];
    if (c === '(') {
      if (this.src[this.i] === '?') {
        const flags = /^\?[a-zA-Z-]*\)/.exec(this.src.slice(this.i));
        if (flags) { // (?i) and the like: no text of their own
          this.i += flags[0].length;
          return undefined;
        }
        const head = /^\?(?:[a-zA-Z-]*:|P?<[A-Za-z_][A-Za-z0-9_]*>|=|!)/.exec(this.src.slice(this.i));
        if (!head) throw new Error('unsupported group');
        if (head[0] === '?=' || head[0] === '?!') throw new Error('lookaround');
        this.i += head[0].length;
      }
      const inner = this.alt();
      if (this.src[this.i++] !== ')') throw new Error('unclosed group');
      return inner;
    }
    if (c === '[') return this.cls();
    if (c === '.') return { t: 'set', chars: PRINTABLE };
    if (c === '^' || c === '$') return undefined;
    if (c === '\\') return this.escape(false);
    return { t: 'set', chars: c };
  }

  private escape(inClass: boolean): Node | undefined {
    const e = this.src[this.i++];
    if (e === 'd') return { t: 'set', chars: DIGITS };
    if (e === 'w') return { t: 'set', chars: WORD };
    if (e === 's') return { t: 'set', chars: ' ' };
    if (e === 'b' || e === 'B' || e === 'A' || e === 'z') {
      if (inClass) throw new Error('boundary in class');
      return undefined;
    }
    if (e === 'n') return { t: 'set', chars: '\n' };
    if (e === 't') return { t: 'set', chars: '\t' };
    if (e === 'x') {
      const h = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
      if (!h) throw new Error('hex escape');
      this.i += 2;
      return { t: 'set', chars: String.fromCharCode(parseInt(h[0], 16)) };
    }
    if (/[A-Za-z0-9]/.test(e)) throw new Error(`escape \\${e}`);
    return { t: 'set', chars: e };
  }

  private cls(): Node {
    let negate = false;
    if (this.src[this.i] === '^') {
      negate = true;
      this.i++;
    }
    let chars = '';
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      const posix = /^\[:([a-z]+):\]/.exec(this.src.slice(this.i));
      if (posix && POSIX[posix[1]]) {
        chars += POSIX[posix[1]];
        this.i += posix[0].length;
        continue;
      }
      let c = this.src[this.i++];
      if (c === '\\') {
        const n = this.escape(true);
        if (n?.t === 'set' && n.chars.length > 1) {
          chars += n.chars;
          continue;
        }
        c = n?.t === 'set' ? n.chars : '';
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++];
        if (to === '\\') to = this.src[this.i++];
        for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars += String.fromCharCode(k);
      } else chars += c;
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    if (negate) chars = [...PRINTABLE].filter((ch) => !chars.includes(ch)).join('');
    if (!chars) throw new Error('empty class');
    return { t: 'set', chars };
  }
}

function render(n: Node, rnd: () => number): string {
  switch (n.t) {
    case 'set': return n.chars[Math.floor(rnd() * n.chars.length)];
    case 'seq': return n.items.map((x) => render(x, rnd)).join('');
    case 'alt': return render(n.options[Math.floor(rnd() * n.options.length)], rnd);
    case 'rep': {
      const count = n.min + Math.floor(rnd() * (n.max - n.min + 1));
      let s = '';
      for (let k = 0; k < count; k++) s += render(n.node, rnd);
      return s;
    }
  }
}

/** A random string the regex source matches (RE2 subset); throws on syntax it does not know. */
export function sampleRegex(source: string, rnd: () => number): string {
  return render(new Parser(source).parse(), rnd);
}
