// A request made by a helper given its parts as keyword arguments (`self.make_request(method='POST', url=url, …)`,
// `requests.request(⏎method=method,⏎url=BASE + request_path,`): user bots wrap their HTTP client so, and the verb and the
// URL are named, in any order. The URL's variable is followed back to a withdrawal path as posted-path does; the
// finding is the call's name, where the request is made.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { lastAssignment, linesAbove, linesAboveStart } from '../../text/linesAbove';
import { rx } from '../fragments';
import { nameSegments } from './table';
import { FUNCTION_HEAD, SIGNING_WORDS } from './constants';
import type { FileKind } from '../../types';

/** Keyword names of a request's URL or path. */
const URL_KEY = String.raw`(?:url|uri|path|endpoint|request_path|requestPath|api_path|path_url|url_path|full_url|end_point)`;
/** The URL keyword, read back to the call's name over at most four lines: one level of nested brackets may stand between (`data=str(body),`). */
const ARG_LINE = String.raw`(?:[^()\n]|\([^()\n]{0,80}\)){0,200}`;
const KEYWORD_URL = String.raw`(?<![A-Za-z0-9_$.])${URL_KEY}[ \t]*=(?![=>])(?<=(?<![A-Za-z0-9_$])(?<v>[A-Za-z_$][A-Za-z0-9_$]{0,40})[ \t]*\((?:${ARG_LINE}\r?\n){0,4}${ARG_LINE}(?<![A-Za-z0-9_$.])${URL_KEY}[ \t]*=)`;
/** A keyword argument: `method='POST'`, `url=BASE + path`. */
const KEYWORD_ARG = /^([A-Za-z_][A-Za-z0-9_]{0,30})[ \t]*=(?!=)[ \t]*([\s\S]+)$/;
const URL_KEYS = new RegExp(`^${URL_KEY}$`);
const VERB_KEYS = /^(?:method|http_method|verb|request_method)$/;
const WRITE_LITERAL = /^["'](?:POST|DELETE|post|delete)["']$/;

/** True when the verb argument is a write: a literal, or a variable whose last assignment in the 40 lines above is one. */
function writes(verb: string, text: string, at: number): boolean {
  if (WRITE_LITERAL.test(verb)) return true;
  if (!/^[A-Za-z_]\w{0,40}$/.test(verb)) return false;
  const back = linesAbove(text, at, 40, 40 * 300);
  const assigned = lastAssignment(back, verb);
  return assigned !== undefined && WRITE_LITERAL.test((/^[ \t]*([^\n#;]{1,20}?)[ \t]*(?:[#;].*)?$/m.exec(back.slice(assigned.rhs))?.[1] ?? '').trim());
}

/** Names read in a URL argument outside its string literals (`BASE + request_path`, `f"{host}{path}"` placeholders); `member` when read as `self.`/`this.`. */
function namesIn(arg: string): { name: string; member: boolean }[] {
  const out: { name: string; member: boolean }[] = [];
  const placeholders = [...arg.matchAll(/\{([^{}\n]{1,60})\}/g)].map((m) => m[1]).join(' ');
  const code = `${arg.replace(/(["'`])((?:(?!\1)[^\n])*)\1/g, ' ')} ${placeholders}`;
  for (const m of code.matchAll(/(?<![A-Za-z0-9_$."'])(self\.|this\.)?([A-Za-z_$][A-Za-z0-9_$]{1,40})(?![A-Za-z0-9_$(])/g)) out.push({ name: m[2], member: m[1] !== undefined });
  return out;
}

/** Whether `name` (a member when read as `self.name`) holds a withdrawal path by its assignments before `before` in a text of that kind. */
export type HoldsPath = (text: string, name: string, before: number, member: boolean, kind: FileKind) => boolean;

/** A call's keyword arguments whose verb is a write, handed a URL that `holdsPath` follows back to a withdrawal path. */
function keywordRequestWithdraws(holdsPath: HoldsPath): Validator {
  return {
    name: 'keyword-request-withdraws',
    // 12,000 characters above the call's line, which may start 300 before the call.
    reach: { before: 12300, after: 800 },
    test: (call, ctx) => {
      // The helper's own header (`def make_request(self, method='POST', url=WITHDRAW_URL):`) makes no request.
      if (FUNCTION_HEAD.test(ctx.text.slice(linesAboveStart(ctx.text, ctx.start, 1, 300), ctx.start))) return false;
      // A signer or header builder given the parts (`sign_request(method=m, request_path=p)`) makes no request.
      if (nameSegments(call).some((s) => SIGNING_WORDS.has(s) || s === 'signed')) return false;
      const open = ctx.text.indexOf('(', ctx.end);
      if (open === -1 || open - ctx.end > 4) return false;
      let verb: string | undefined;
      let url: string | undefined;
      for (const [i, arg] of callArguments(ctx.text, open).entries()) {
        const kv = KEYWORD_ARG.exec(arg);
        // A verb handed first, the URL by keyword (`self._api_request("post", path_url=path_url, data=d)`).
        if (!kv && i === 0 && WRITE_LITERAL.test(arg.trim())) verb = arg.trim();
        if (!kv) continue;
        if (VERB_KEYS.test(kv[1])) verb = kv[2].trim();
        else if (URL_KEYS.test(kv[1])) url ??= kv[2];
      }
      if (url === undefined) return false;
      // No verb argument: the helper's own name says it (`self.post_request(url=url, data=d)`).
      const writesHere = verb === undefined ? nameSegments(call).some((s) => s === 'post' || s === 'delete') : writes(verb, ctx.text, ctx.start);
      if (!writesHere) return false;
      // Assignments count from the call's line up: its keyword arguments (`url=url`) are not assignments.
      const before = linesAboveStart(ctx.text, ctx.start, 1, 300);
      return namesIn(url).some(({ name, member }) => holdsPath(ctx.text, name, before, member, ctx.kind));
    },
  };
}

/** posted-path's pattern for such a call; `holdsPath` keeps a URL variable built from a withdrawal path. */
export const keywordRequest = (holdsPath: HoldsPath): PatternSpec => ({
  re: rx(KEYWORD_URL),
  linesAfter: 40,
  needs: ['url', 'uri', 'path', 'endpoint', 'end_point'],
  validate: [keywordRequestWithdraws(holdsPath)],
});

/** Examples of the keyword-argument request, for posted-path's record. */
export const KEYWORD_REQUEST_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `def pull(to):\n    method = "POST"\n    request_path = "/api/v5/asset/withdrawal"\n    body = {"toAddr": to}\n    ts, sig = sign(method, request_path, body)\n    r = requests.⟦request⟧(\n        method=method,\n        url=BASE_URL + request_path,\n        json=body,\n    )`, path: 'bot/venue.py' },
    { text: `    async def pull(self, coin, amount):\n        path = '/sapi/v1/capital/withdraw/apply'\n        q = self.query(coin, amount)\n        url = f"{self.api_url}{path}?{q}"\n        await self.⟦make_request⟧(method='POST', url=url, headers=self.headers)`, path: 'modules/cexs/venue.py' },
    { text: `    async def pull(self, to, n):\n        path_url = "/withdrawals/crypto"\n        data = {"amount": n, "crypto_address": to}\n        return await self.⟦_api_request⟧("post", path_url=path_url, data=data)`, path: 'market/venue_market.pyx' },
    { text: `        url = 'https://www.okx.com/api/v5/asset/withdrawal'\n        h = await self.headers(url, "POST", body)\n        r = await self.⟦make_request⟧(\n            url=url, method='POST', data=str(body), headers=h)`, path: 'core/venue.py' },
  ],
  negative: [
    // A read of the withdrawal history, a write of an order, and the helper's own definition.
    { text: `        path = '/sapi/v1/capital/withdraw/history'\n        url = f"{self.api_url}{path}?{q}"\n        await self.make_request(method='GET', url=url)`, path: 'venue.py' },
    { text: `        path = '/api/v3/order'\n        url = f"{self.api_url}{path}?{q}"\n        await self.make_request(method='POST', url=url)`, path: 'venue.py' },
    { text: `        path_url = "/withdrawals/crypto"\n        return await self._api_request("get", path_url=path_url)`, path: 'market/venue_market.pyx' },
    { text: `WITHDRAW_URL = 'https://api.binance.com/sapi/v1/capital/withdraw/apply'\n\nasync def make_request(method='POST', url=WITHDRAW_URL, headers=None):\n    return await self.send(self.prepare())`, path: 'venue.py' },
    { text: `    async def make_request(self, method='POST', url=None, headers=None):\n        return await self.session.request(method, url, headers=headers)`, path: 'venue.py' },
  ],
};
