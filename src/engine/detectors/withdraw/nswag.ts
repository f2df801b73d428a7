// NSwag-generated C# clients: each operation sets `request_.Method = new HttpMethod("POST")`, then appends its path to
// `urlBuilder_` piece by piece (`urlBuilder_.Append("accounts/")`, `…Append("/withdraw")`). The same path listed by GET
// is a query; posted, it is a withdrawal: the path's last piece is reported (rest-endpoint).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';

/** The literal pieces one operation appends, from `from` to its `PrepareRequest(` (or the next operation's verb). */
function operationPath(text: string, from: number): string {
  const rest = text.slice(from, from + 3000);
  const stop = rest.search(/PrepareRequest\(|HttpMethod\(/);
  const body = stop === -1 ? rest : rest.slice(0, stop);
  return [...body.matchAll(/urlBuilder_\.Append\("([^"\n]{0,120})"\)/g)].map((m) => m[1]).join('');
}
/** A path whose last segment is the withdrawal action itself (`…/wallet/{symbol}/withdraw`), not a sub-resource. */
const ENDS_IN_WITHDRAW = /(?:^|\/)withdraw(?:als?|s)?\/?$/i;

/** Keeps the last withdrawal piece of an operation whose verb, set above (the nearest verb), is POST or DELETE. */
const appendedUnderWrite: Validator = {
  name: 'nswag-append-under-write',
  reach: { before: 1500, after: 0 },
  test: (_v, ctx) => {
    const back = ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start);
    const verbs = [...back.matchAll(/HttpMethod\("([A-Z]{3,7})"\)/g)];
    const last = verbs[verbs.length - 1];
    if (last === undefined || !/^(?:POST|DELETE)$/.test(last[1])) return false;
    const start = ctx.start - back.length + last.index + last[0].length;
    return ENDS_IN_WITHDRAW.test(operationPath(ctx.text, start)) && !/urlBuilder_\.Append\("/.test(ctx.text.slice(ctx.end, ctx.end + 300).split(/PrepareRequest\(/)[0]);
  },
};

/** The rest-endpoint rule's NSwag pattern (spread into its record). */
export const NSWAG_PATTERNS: readonly PatternSpec[] = [
  { re: rx(String.raw`urlBuilder_\.Append\("(?<name>[A-Za-z0-9_/{}-]{0,80}[Ww]ithdraw(?:als?|s)?/?)"\)`), keywords: ['withdraw'], files: ['csharp'], validate: [appendedUnderWrite] },
];

const OP = (verb: string, tail: string, mark: boolean): string =>
  `    request_.Method = new System.Net.Http.HttpMethod("${verb}");\n    var urlBuilder_ = new System.Text.StringBuilder();\n    urlBuilder_.Append("accounts/");\n    urlBuilder_.Append(Uri.EscapeDataString(id));\n    urlBuilder_.Append(${mark ? '"⟦' + tail + '⟧"' : '"' + tail + '"'});\n    PrepareRequest(client_, request_, urlBuilder_);\n`;

/** Examples, for the rest-endpoint rule's record. */
export const NSWAG_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [{ text: OP('POST', '/withdraw', true), path: 'Generated/Client.cs' }],
  negative: [
    // Listed by GET; a sub-resource of withdrawals (limits, addresses) posted; a deposit posted.
    { text: OP('GET', '/withdraw', false), path: 'Generated/Client.cs' },
    { text: OP('POST', '/withdraw/config/limits', false), path: 'Generated/Client.cs' },
    { text: OP('POST', '/deposit', false), path: 'Generated/Client.cs' },
  ],
};
