// A request helper called with its arguments one per line, a fund-moving path among the first and a write verb just
// before or after it (binance-connector-rust's generated `send_request::<R>(⏎&self.configuration,⏎"/sapi/v1/capital/withdraw/apply",⏎
// reqwest::Method::POST,`; an n8n node's `apiRequest.call(⏎this,⏎'POST',⏎coin,⏎`/wallet/${id}/sendcoins`,`), or with
// one config object (`apiRequest.call(this, {⏎method: 'POST',⏎endpoint: '/transactions',`). The path's own line is
// reported by the path patterns; the call's line is where the request is made, and is reported too: readers (and
// reviewers, and the README's labelling convention) look for the request at the call.
import type { Example, MatchContext, PatternSpec, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { rx } from '../fragments';
import { nameSegments } from './table';
import { NOT_A_SENDER } from './constants';

/** Whether a path literal (as written, placeholders and all) moves funds, in the context of its call. */
export type PathJudge = (path: string, ctx: MatchContext) => boolean;

/** The call's name (with Rust's or a generic's type arguments), its opening line (some arguments may stand on it), up to four plain or quoted arguments, the path (its slash may be the base URL's), and the next argument's start. */
const CALL_WITH_PATH_BELOW = String.raw`(?<![A-Za-z0-9_$])(?<v>[A-Za-z_][A-Za-z0-9_]{2,60})(?:::<[^()\n]{1,100}>|<[^()\n]{1,100}>)?[ \t]*\((?<first>[^\n"'(){}]{0,200},)?[ \t]*\r?\n(?<before>(?:[ \t]*(?:[^\s"'(){}][^\n"'(){}]{0,79}|["'][A-Za-z]{3,6}["']),[ \t]*\r?\n){0,4})[ \t]*["'\`](?<name>/?[A-Za-z0-9_$.{}:-][^"'\`\n]{0,150})["'\`][ \t]*,[ \t]*(?<after>\r?\n[ \t]*[A-Za-z_:."']{0,40})?`;
/** A call given one config object opened on its line (`api.call(this, {`, `request({`), its entries below. */
const CALL_WITH_CONFIG = String.raw`(?<![A-Za-z0-9_$])(?<v>[A-Za-z_][A-Za-z0-9_]{2,60})(?:<[^()\n]{1,100}>)?[ \t]*\([ \t]*(?:(?:this|self)[ \t]*,[ \t]*)?\{[ \t]*\r?\n`;
/** POST among the arguments before the path or as the one after it (`"POST",`, `reqwest::Method::POST,`); a DELETE of a withdrawal cancels it. */
const WRITE_ARG = /\b(?:POST|Post|post|kPost)\b/;

const CALL_AT = new RegExp(CALL_WITH_PATH_BELOW, 'y');
/** A router's, a mock's or a test double's call given a path and a verb (`router.add_route(`, `responses.add(`). */
const NOT_A_REQUEST = /(?:^|[^A-Za-z])(?:route|router|routes|mock|mocks|stub|expect|responses|nock|server|handler|register)[A-Za-z_]*[ \t]*\.?[ \t]*$/i;

/** False for a router's, a mock's or a handler's call (by its name or its receiver). */
function makesRequest(name: string, ctx: MatchContext): boolean {
  return !nameSegments(name).some((s) => NOT_A_SENDER.has(s)) && !NOT_A_REQUEST.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start));
}

/** Keeps the call when the path below it moves funds by `judge` and a write verb stands beside it. */
function pathBelowMoves(judge: PathJudge): Validator {
  return {
    name: 'call-path-moves-funds',
    reach: { before: 80, after: 900 },
    test: (value, ctx) => {
      if (!makesRequest(value, ctx)) return false;
      CALL_AT.lastIndex = ctx.start;
      const g = CALL_AT.exec(ctx.text)?.groups;
      return g?.name !== undefined && WRITE_ARG.test(`${g.first ?? ''} ${g.before ?? ''} ${g.after ?? ''}`) && judge(g.name, ctx);
    },
  };
}

/** A config entry: `method: 'POST'`, `"endpoint": '/transactions'`. */
const ENTRY = /^["']?([A-Za-z_]\w{0,30})["']?[ \t]*:[ \t]*([\s\S]+)$/;
const VERB_KEY = /^(?:method|httpMethod|http_method|verb)$/;
const PATH_KEY = /^(?:url|uri|path|endpoint|requestPath|resource)$/;

/** Keeps the call when its config object has a write method and a literal path that moves funds by `judge`. */
function configMoves(judge: PathJudge): Validator {
  return {
    name: 'config-path-moves-funds',
    reach: { before: 80, after: 900 },
    test: (value, ctx) => {
      if (!makesRequest(value, ctx)) return false;
      const brace = ctx.text.indexOf('{', ctx.end);
      if (brace === -1) return false;
      let verb = '';
      let path: string | undefined;
      for (const entry of callArguments(ctx.text, brace)) {
        const kv = ENTRY.exec(entry);
        if (!kv) continue;
        if (VERB_KEY.test(kv[1])) verb = kv[2].trim();
        else if (PATH_KEY.test(kv[1])) path = /^["'`](\/[^"'`\n]{1,150})["'`]$/.exec(kv[2].trim())?.[1];
      }
      return /^["'](?:POST|post)["']$/.test(verb) && path !== undefined && judge(path, ctx);
    },
  };
}

/** The call-line patterns of a detector whose paths `judge` decides: arguments one per line, or one config object. */
export function callLinePatterns(judge: PathJudge, keywords: readonly string[]): PatternSpec[] {
  return [
    // The path is one to five lines below the call's name, the verb on the line after it.
    { re: rx(CALL_WITH_PATH_BELOW), keywords: [...keywords], linesBefore: 5, linesAfter: 1, validate: [pathBelowMoves(judge)] },
    { re: rx(CALL_WITH_CONFIG), keywords: [...keywords], linesBefore: 6, linesAfter: 0, needs: ['{'], validate: [configMoves(judge)] },
  ];
}

/** Examples of the patterns with a withdrawal path, for withdraw/rest-endpoint's record. */
export const CALL_LINE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `def pull(self, *, asset, amount):\n    data = self.⟦_request⟧(\n        "POST",\n        "⟦/crypto/withdrawal⟧",\n        body={"asset": asset, "amount": str(amount)},\n    )\n    return data`, path: 'rebalancer/venue.py' },
    { text: `pub async fn pull(&self, p: PullParams) -> Result<Resp> {\n    ⟦send_request⟧::<models::PullResponse>(\n        &self.configuration,\n        "⟦/sapi/v1/capital/withdraw/apply⟧",\n        reqwest::Method::POST,\n        query_params,\n    )\n    .await\n}`, path: 'src/wallet/rest_api/apis/capital_api.rs' },
    // Three arguments before a template path; a config object with the method and the path.
    { text: `import { Spot } from '@binance/connector';\nconst r = await venueRequest.⟦call⟧(\n  this,\n  'POST',\n  coin,\n  \`⟦/sapi/v1/capital/withdraw/apply⟧?coin=\${coin}\`,\n  body,\n);`, path: 'nodes/Venue/pull.operation.ts' },
    { text: `import { Spot } from '@binance/connector';\nreturn venueRequest.⟦call⟧(this, {\n  method: 'POST',\n  endpoint: '⟦/sapi/v1/capital/withdraw/apply⟧',\n  body,\n});`, path: 'nodes/Venue/pull.operation.ts' },
    // Arguments on the call's own line, the verb a C++ enumerator, the path on the next line.
    { text: `// kucoin\nauto r = ⟦PrivateQuery⟧<schema::ApplyWithdrawal>(_curlHandle, _apiKey, HttpRequestType::kPost,\n                                            "⟦/api/v1/withdrawals⟧", std::move(opts));`, path: 'src/kucoinprivateapi.cpp' },
  ],
  negative: [
    // The same call reading the history (GET), and posting a path that moves nothing.
    { text: `    send_request::<models::History>(\n        &self.configuration,\n        "/sapi/v1/capital/withdraw/history",\n        reqwest::Method::GET,\n        query_params,\n    )`, path: 'src/wallet/rest_api/apis/capital_api.rs' },
    { text: `    send_request::<models::Order>(\n        &self.configuration,\n        "/api/v3/order",\n        reqwest::Method::POST,\n        query_params,\n    )`, path: 'src/spot/rest_api/apis/trade_api.rs' },
    { text: `import { Spot } from '@binance/connector';\nreturn venueRequest.call(this, {\n  method: 'GET',\n  endpoint: '/sapi/v1/capital/withdraw/history',\n});`, path: 'nodes/Venue/rows.operation.ts' },
    { text: `// kucoin\nauto r = PrivateQuery<schema::Withdrawals>(_curlHandle, _apiKey, HttpRequestType::kGet,\n                                       "/api/v1/withdrawals", std::move(opts));`, path: 'src/kucoinprivateapi.cpp' },
    { text: `import { Spot } from '@binance/connector';\nreturn venueRequest.call(this, {\n  method: 'POST',\n  endpoint: '/api/v3/order',\n  body,\n});`, path: 'nodes/Venue/order.operation.ts' },
  ],
};
