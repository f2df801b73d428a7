// A URL variable handed to a fetch-style call whose options object names the write verb (`await fetch(url, {⏎ method:
// "POST",⏎ body })`, `got(url, { method: 'post', json })`): JavaScript's common request, whose verb is not in the
// call's name. The variable is followed back to a withdrawal or payout path as posted-path does; the finding is the
// variable at the call, where the request is made.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { rx } from '../fragments';
import { assignedBefore } from './assignedValue';

/** A fetch-style call given a variable first and an options object second (the object may open on the next line). */
const FETCH_OF_VARIABLE = String.raw`(?<![A-Za-z0-9_$])(?:fetch|\$fetch|ofetch|got|ky|needle|request)[ \t]*\([ \t]*(?:\r?\n[ \t]*)?(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*,[ \t]*(?:\r?\n[ \t]*)?\{)`;
/** The options' verb field, a write. */
const WRITE_METHOD = /(?:^|[{,\s])["']?method["']?[ \t]*:[ \t]*["'](?:POST|DELETE|post|delete)["']/;

/** Keeps a call whose options object (its second argument) sets a write method. */
const optionsWrite: Validator = {
  name: 'options-method-writes',
  reach: { before: 0, after: 1500 },
  test: (_v, ctx) => {
    const open = ctx.text.lastIndexOf('(', ctx.start);
    return open !== -1 && WRITE_METHOD.test(callArguments(ctx.text, open)[1] ?? '');
  },
};

/**
 * Drops a browser page's global `fetch` of a root-relative URL (`const url = '/api/withdraw'`): Node's fetch refuses
 * relative URLs, so the page asks its own server, whose route holds the key (as pathShape.ts's notSameOriginFetch).
 */
const notSameOrigin: Validator = {
  name: 'not-same-origin-fetch',
  reach: { before: 12000, after: 0 },
  test: (name, ctx) => {
    if (!/(?<![A-Za-z0-9_$.])fetch[ \t]*\([ \t]*(?:\r?\n[ \t]*)?$/.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
    return !/^["'`]\/(?!\/)/.test(assignedBefore(ctx.text, name, ctx.start)?.trim() ?? '');
  },
};

/** The pattern (spread into withdraw/posted-path); `holdsPath` follows the variable back to its path. */
export function optionsRequest(holdsPath: Validator): PatternSpec {
  return { re: rx(FETCH_OF_VARIABLE), linesAfter: 40, needs: ['fetch', 'got', 'ky', 'needle', 'request'], validate: [optionsWrite, notSameOrigin, holdsPath] };
}

/** Examples, for withdraw/posted-path's record. */
export const OPTIONS_REQUEST_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `async payout(req) {\n  const url = \`\${this.baseUrl}/payouts\`;\n  const body = { ref: req.ref, amount: req.amount };\n  const res = await fetch(⟦url⟧, {\n    method: "POST",\n    headers: { authorization: \`Bearer \${this.key}\` },\n    body: JSON.stringify(body),\n  });\n  return res.json();\n}`, path: 'src/services/offramp.ts' },
    { text: `const url = \`\${base}/api/v1/withdrawals\`;\nconst res = await fetch(⟦url⟧, { method: 'POST', body });`, path: 'src/pull.js' },
  ],
  negative: [
    // A read of the same path, a write to another path, options held in a variable.
    { text: `const url = \`\${base}/api/v1/withdrawals\`;\nconst res = await fetch(url, { method: 'GET', headers });`, path: 'src/list.js' },
    { text: `const url = \`\${base}/api/v1/orders\`;\nconst res = await fetch(url, { method: 'POST', body });`, path: 'src/order.js' },
    { text: `const url = \`\${base}/api/v1/withdrawals\`;\nconst res = await fetch(url, {\n  headers: { accept: 'application/json' },\n});`, path: 'src/list.js' },
    // A page asking its own server (a root-relative URL).
    { text: `const url = '/api/wallet/withdraw';\nconst res = await fetch(url, { method: 'POST', body: JSON.stringify(form) });`, path: 'src/pages/pull.tsx' },
  ],
};
