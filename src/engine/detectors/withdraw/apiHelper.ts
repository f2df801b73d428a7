// A client's plumbing for a whole "withdraw API" (python-binance's old wapi: `_request_withdraw_api(method, path)`,
// `_create_withdraw_api_uri(path)`): the name says which API, not which action. Its URL builder is never a call; its
// request helper is one only when its own arguments name a withdrawal and no read verb (`('post', 'withdraw.html')`).
import type { Validator } from '../../defineDetector';
import { isWithdrawActionName, nameSegments } from './table';

/** Segments after the withdraw word that make the name a URL builder of that API. */
const URL_WORDS = new Set(['uri', 'url', 'endpoint', 'path']);
/** A read verb as an argument. */
const READ_VERB = /^(?:get|head)$/i;

/** Drops the withdraw API's plumbing unless its literal arguments name a withdrawal action (see the header). */
export const notApiPlumbing: Validator = {
  name: 'withdraw-not-api-plumbing',
  reach: { before: 0, after: 300 },
  test: (value, ctx) => {
    const segs = nameSegments(value);
    const after = segs.slice(segs.findIndex((s) => /^withdraw/.test(s)) + 1);
    if (after.some((s) => URL_WORDS.has(s))) return false;
    if (!after.includes('api')) return true;
    // The call's own arguments only: with no `(` right after the name there are none (never the text before it).
    const open = /^[ \t]*\(/.exec(ctx.text.slice(ctx.end, ctx.end + 40));
    const from = open ? ctx.end + open[0].length : ctx.end;
    const args = open ? ctx.text.slice(from, from + 300).split(')')[0] : '';
    const literals = [...args.matchAll(/["']([^"'\n]{1,120})["']/g)].map((m) => m[1]);
    if (literals.some((l) => READ_VERB.test(l))) return false;
    return literals.some((l) => /withdraw/i.test(l) && isWithdrawActionName(l.replace(/\.[a-z]{2,5}$/i, '').replace(/[^A-Za-z0-9]+/g, '_')));
  },
};
