// The value a name was last given before a request: the posted-path judges follow a posted variable back to the
// path it holds, through the lines above and, when those hold no assignment, the top of a long function or a class.
import { cachedFunctionSpans, enclosingSpan } from '../../judge/functionSpans';
import { TextMemo } from '../../judge/textMemo';
import { lastAssignment, linesAbove } from '../../text/linesAbove';
import type { FileKind } from '../../types';

/** How many lines back an assignment counts: the same function, after the signing code. */
const MAX_LINES_BACK = 40;

/** How far back a long function's own assignment, or a class's attribute, is read when the 40 lines hold none. */
const FAR_CHARS = 12000;

/**
 * The right-hand side of the last assignment to `name` in the lines before `at`, if any; for a member read
 * (`this.urlRoot`), an object's property given a string counts too (`urlRoot: '/api/withdraws',` in a prototype).
 * With the file's kind, an assignment further up counts too: in the same function (a path set at its top, the request
 * 50 lines on), or anywhere in the 12,000 characters above for a member (a class field, a constructor's assignment).
 */
export function assignedBefore(text: string, name: string, at: number, member = false, kind?: FileKind): string | undefined {
  const near = assignedIn(linesAbove(text, at, MAX_LINES_BACK, MAX_LINES_BACK * 300), name, member);
  if (near !== undefined || kind === undefined) return near;
  const span = member ? undefined : enclosingSpan(cachedFunctionSpans(text, kind), at);
  const from = member ? Math.max(0, at - FAR_CHARS) : span && at - span.start <= FAR_CHARS ? span.start : undefined;
  const far = from === undefined ? undefined : assignedIn(text.slice(from, at), name, member);
  return far !== undefined || member ? far : moduleConstant(text, name, at, kind);
}

/**
 * A string constant declared at a file's top level (column 0) or in a Go `const (`/`var (` block, in the 12,000
 * characters above (the validators' declared reach): `createPayoutEndpoint = "/payout"` 90 lines before
 * `c.fetch("POST", createPayoutEndpoint, req)`. Never a function's local (indented) variable, never a name the
 * request's own function takes as a parameter.
 */
const TOP_CONSTANT = /^(?:export[ \t]+)?(?:(?:const|let|var|final|static|public|private|protected|readonly)[ \t]+)*(?:[A-Za-z_][\w<>.]*[ \t]+)?([A-Za-z_$][\w$]{0,60})(?:[ \t]*:[ \t]*[A-Za-z_][\w.]*|[ \t]+[A-Za-z_][\w.]*)?[ \t]*:?=[ \t]*(["'`][^\n]{1,300})/gm;
const GO_BLOCK = /^(?:const|var)[ \t]*\([ \t]*\r?\n([\s\S]{0,20000}?)^\)/gm;
const GO_BLOCK_ENTRY = /^[ \t]+([A-Za-z_][\w]{0,60})(?:[ \t]+[A-Za-z_][\w.]*)?[ \t]*=[ \t]*(["'`][^\n]{1,300})/gm;
const CONSTANTS = new TextMemo<Map<string, { at: number; rhs: string }[]>>();
/** The last such constant named `name` before `at` (one scan per text, kept for the next lookups). */
function moduleConstant(text: string, name: string, at: number, kind: FileKind): string | undefined {
  const constants = CONSTANTS.get(text, '', () => {
    const found = new Map<string, { at: number; rhs: string }[]>();
    const add = (n: string, index: number, rhs: string) => found.set(n, [...(found.get(n) ?? []), { at: index, rhs }]);
    for (const m of text.matchAll(TOP_CONSTANT)) add(m[1], m.index, m[2]);
    for (const b of text.matchAll(GO_BLOCK)) for (const m of b[1].matchAll(GO_BLOCK_ENTRY)) add(m[1], b.index + b[0].indexOf(b[1]) + m.index, m[2]);
    for (const list of found.values()) list.sort((a, b) => a.at - b.at);
    return found;
  });
  const rhs = constants.get(name)?.filter((c) => c.at < at && c.at >= at - FAR_CHARS).pop()?.rhs;
  if (rhs === undefined) return undefined;
  // A parameter of the request's own function shadows the constant (`func post(endpoint string, …)`).
  const span = enclosingSpan(cachedFunctionSpans(text, kind), at);
  const head = span === undefined ? '' : text.slice(span.start, Math.min(at, span.start + 300)).split(/[{:]\s*\n/)[0];
  return new RegExp(String.raw`(?<![\w$])${name.replace(/\$/g, '\\$')}(?![\w$])`).test(head) ? undefined : rhs;
}

/** The right-hand side of the last assignment to `name` in `back` (see assignedBefore). */
function assignedIn(back: string, name: string, member: boolean): string | undefined {
  const assigned = lastAssignment(back, name, true);
  let rhs = assigned && /^[ \t]*([^\n]{1,300})/.exec(back.slice(assigned.rhs))?.[1];
  // A conditional's branches on the lines below (`url = coin === 'BTC'⏎  ? '…/btc/txs/push'⏎  : '…/ltc/txs/push'`).
  const branches = assigned && /^[^\n]*\r?\n([ \t]*[?:][^\n]{1,300})(?:\r?\n([ \t]*[?:][^\n]{1,300}))?/.exec(back.slice(assigned.rhs));
  if (rhs && branches) rhs = [rhs, branches[1], branches[2] ?? ''].join(' ').trim();
  if (member) {
    let property: RegExpExecArray | undefined;
    const re = new RegExp(String.raw`(?<![A-Za-z0-9_$.])(?:self\.|this\.)?${name.replace(/\$/g, '\\$')}[ \t]*:[ \t]*(["'\`][^\n]{1,300})`, 'g');
    for (let m = re.exec(back); m; m = re.exec(back)) property = m;
    if (property && (!assigned || property.index > assigned.at)) rhs = property[1];
  }
  return rhs;
}
