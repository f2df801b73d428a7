// A request helper called with its arguments one per line, a withdrawal path among the first and a write verb just
// before or after it (binance-connector-rust's generated `send_request::<R>(⏎&self.configuration,⏎"/sapi/v1/capital/withdraw/apply",⏎
// reqwest::Method::POST,`). The path's own line is reported by the path patterns; the call's line is where the request
// is made, and is reported too: readers (and reviewers) look for the withdrawal at the call.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { isGenericWithdrawPath, isUnknownWithdrawPath } from './pathShape';
import { EXCHANGE_NEAR } from './shared';
import { matchActionPath, nameSegments } from './table';
import { NOT_A_SENDER } from './constants';

/** The call's name (with Rust's or a generic's type arguments), its opening line, up to two plain or quoted arguments, the path, and the next argument's start. */
const CALL_WITH_PATH_BELOW = String.raw`(?<![A-Za-z0-9_$])(?<v>[A-Za-z_][A-Za-z0-9_]{2,60})(?:::<[^()\n]{1,100}>|<[^()\n]{1,100}>)?[ \t]*\([ \t]*\r?\n(?<before>(?:[ \t]*(?:[^\s"'(){}][^\n"'(){}]{0,79}|["'][A-Za-z]{3,6}["']),[ \t]*\r?\n){0,2})[ \t]*["'](?<name>/[^"'\n]{1,150})["'][ \t]*,[ \t]*(?<after>\r?\n[ \t]*[A-Za-z_:."']{0,40})?`;
/** POST among the arguments before the path or as the one after it (`"POST",`, `reqwest::Method::POST,`); a DELETE of a withdrawal cancels it. */
const WRITE_ARG = /\b(?:POST|Post|post)\b/;

const CALL_AT = new RegExp(CALL_WITH_PATH_BELOW, 'y');
/** A router's, a mock's or a test double's call given a path and a verb (`router.add_route(`, `responses.add(`). */
const NOT_A_REQUEST = /(?:^|[^A-Za-z])(?:route|router|routes|mock|mocks|stub|expect|responses|nock|server|handler|register)[A-Za-z_]*[ \t]*\.?[ \t]*$/i;

/** Keeps the call when its path is a withdrawal action (the table's, or by its shape) and no router or mock makes it. */
const pathIsWithdrawal: Validator = {
  name: 'call-path-withdraws',
  reach: { before: 80, after: 600 },
  test: (value, ctx) => {
    if (nameSegments(value).some((s) => NOT_A_SENDER.has(s)) || NOT_A_REQUEST.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
    CALL_AT.lastIndex = ctx.start;
    const g = CALL_AT.exec(ctx.text)?.groups;
    const p = g?.name;
    if (p === undefined || !WRITE_ARG.test(`${g?.before ?? ''} ${g?.after ?? ''}`)) return false;
    return /withdraw/i.test(p) && (matchActionPath(p) !== undefined || isUnknownWithdrawPath(p) || isGenericWithdrawPath(p));
  },
};

/** rest-endpoint's pattern for the call's line (its own gate: the call's name need not say withdraw). */
export const CALL_LINE_PATTERN: PatternSpec = {
  re: rx(CALL_WITH_PATH_BELOW),
  keywords: ['withdraw'],
  // The path is one to three lines below the call's name, the verb on the line after it.
  linesBefore: 3,
  linesAfter: 1,
  validate: [pathIsWithdrawal],
  requires: { exchangeNear: EXCHANGE_NEAR },
};

/** Examples of the pattern, for withdraw/rest-endpoint's record. */
export const CALL_LINE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `def pull(self, *, asset, amount):\n    data = self.⟦_request⟧(\n        "POST",\n        "⟦/crypto/withdrawal⟧",\n        body={"asset": asset, "amount": str(amount)},\n    )\n    return data`, path: 'rebalancer/venue.py' },
    { text: `pub async fn pull(&self, p: PullParams) -> Result<Resp> {\n    ⟦send_request⟧::<models::PullResponse>(\n        &self.configuration,\n        "⟦/sapi/v1/capital/withdraw/apply⟧",\n        reqwest::Method::POST,\n        query_params,\n    )\n    .await\n}`, path: 'src/wallet/rest_api/apis/capital_api.rs' },
  ],
  negative: [
    // The same call reading the history (GET), and posting a path that moves nothing.
    { text: `    send_request::<models::History>(\n        &self.configuration,\n        "/sapi/v1/capital/withdraw/history",\n        reqwest::Method::GET,\n        query_params,\n    )`, path: 'src/wallet/rest_api/apis/capital_api.rs' },
    { text: `    send_request::<models::Order>(\n        &self.configuration,\n        "/api/v3/order",\n        reqwest::Method::POST,\n        query_params,\n    )`, path: 'src/spot/rest_api/apis/trade_api.rs' },
  ],
};
