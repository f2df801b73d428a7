// Where a text calls each name (`name(`, not `obj.name(`): an on-chain send's judges look up the callers of the
// function it sits in, once per send. A search of the whole text per name is quadratic in a file of many small
// functions; this index reads the text once.
import { INDEXED_TEXT, TextMemo } from './textMemo';

/** Names the index holds; others (Ruby's `send_eth!`, `valid?`) are searched for directly. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A call of a name: where the name starts and where its `(` is. */
export interface CallSite { index: number; open: number }

/** A bare or free call: an identifier not after another identifier character or a `.`, then `(`. */
const CALL = /(?<![A-Za-z0-9_$.])([A-Za-z_$][A-Za-z0-9_$]*)[ \t]*\(/g;
/** The judges read at most this many calls of one name. */
const MAX_PER_NAME = 20;

const INDEX = new TextMemo<Map<string, CallSite[]>>();

/** The first calls of `name` in the text (at most 20), in order: the matches of `(?<![\w$.])name[ \t]*\(` (`$` literal). */
export function callsOf(text: string, name: string): CallSite[] {
  if (text.length <= INDEXED_TEXT || !IDENTIFIER.test(name)) {
    const re = new RegExp(String.raw`(?<![A-Za-z0-9_$.])${name.replace(/\$/g, '\\$')}[ \t]*\(`, 'g');
    const out: CallSite[] = [];
    for (const m of text.matchAll(re)) {
      out.push({ index: m.index, open: m.index + m[0].length - 1 });
      if (out.length === MAX_PER_NAME) break;
    }
    return out;
  }
  return INDEX.get(text, '', () => readCalls(text)).get(name) ?? [];
}

/** Every name's first calls, in one pass. */
function readCalls(text: string): Map<string, CallSite[]> {
  const byName = new Map<string, CallSite[]>();
  for (const m of text.matchAll(CALL)) {
    const list = byName.get(m[1]);
    const site = { index: m.index, open: m.index + m[0].length - 1 };
    if (!list) byName.set(m[1], [site]);
    else if (list.length < MAX_PER_NAME) list.push(site);
  }
  return byName;
}
