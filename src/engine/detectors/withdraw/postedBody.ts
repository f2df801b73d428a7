// A request posted with a body built in the lines above (`body = jsonEncode({…"method": "eth_sendTransaction"…})` then
// `httpClient.post(url, body: body)`, a Nano node's `{"action": "send", …}` then `requests.post(NODE, json=data)`): the
// post is the request that sends, so it is reported there, one request one fact. The body is read in the call's own
// arguments, then through the variables they name, two assignments back at most.
import type { Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { TextMemo } from '../../judge/textMemo';

/** The arguments of the call whose `(` follows `end` (within 40 characters), or undefined. */
export function argsAfter(text: string, end: number): string[] | undefined {
  const open = text.slice(end, end + 40).indexOf('(');
  return open === -1 ? undefined : callArguments(text, end + open);
}

/** How far above the post its body's assignments are read, in characters. */
const BACK = 3000;

/** The right-hand side of the last assignment to `name` in the BACK characters before `at` (up to 400 characters). */
function assignedAbove(text: string, name: string, at: number): string | undefined {
  const from = Math.max(0, at - BACK);
  const re = new RegExp(String.raw`(?<![A-Za-z0-9_$.])${name.replace(/\$/g, '\\$')}[ \t]*=(?![=>])`, 'g');
  let last = -1;
  for (const m of text.slice(from, at).matchAll(re)) last = from + m.index + m[0].length;
  return last === -1 ? undefined : text.slice(last, Math.min(at, last + 400));
}

/**
 * Keeps a post whose body `isBody` accepts, written in the call or in a variable it names; `inFile` is asked once per
 * text first (most files that post have no such body at all).
 */
export function postsBody(name: string, inFile: RegExp, isBody: (expr: string) => boolean): Validator {
  const seen = new TextMemo<boolean>();
  return {
    name,
    reach: { before: BACK, after: 400 },
    test: (_v, ctx) => {
      if (!seen.get(ctx.text, '', () => inFile.test(ctx.text))) return false;
      let exprs = argsAfter(ctx.text, ctx.end);
      for (let hop = 0; exprs && hop < 3; hop++) {
        if (exprs.some(isBody)) return true;
        const names = [...new Set(exprs.flatMap((e) => e.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []))];
        exprs = names.map((n) => assignedAbove(ctx.text, n, ctx.start)).filter((r): r is string => r !== undefined);
      }
      return false;
    },
  };
}
