// Withdrawal paths the table does not know (a new exchange, a new API version: `/api/ua/v1/withdrawal`), told by
// their shape: a versioned REST path that ends in a withdrawal noun, sent with a write verb. A bot's own web
// route (`app.post('/api/v1/withdraw', handler)`) is a definition, not a call to an exchange.
import type { Validator } from '../defineDetector';
import { isWithdrawActionName, matchActionPath } from './withdrawTable';

/**
 * The last segment names the action: `withdraw`, `withdrawal(s)`, `withdraws`, or `withdraw/apply|create|submit`; a
 * kind of funds may come between (`withdrawals/crypto`), and a two-step withdrawal's confirmation with its code after
 * (`withdrawals/crypto/confirm/{code}`): the write verb still decides (its GET reads the confirmation's status).
 */
const ACTION_TAIL = /(?:^|\/)withdraw(?:als?|s)?(?:\/(?:crypto|fiat|coin|bank))?(?:\/(?:apply|create|submit|perform)|\/confirm(?:\/\{[A-Za-z_]{1,30}\})?)?\/?$/i;
/** A last segment of several words (`fast-withdraw`, `create-withdrawal-to-address`, `cross_chain_withdraw`). */
const WORDS_TAIL = /(?:^|\/)([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+)\/?$/;

/** True when the path's last segment is a withdrawal action by its words (a withdraw word, no query word). */
function actionTail(p: string): boolean {
  if (ACTION_TAIL.test(p)) return true;
  const words = WORDS_TAIL.exec(p)?.[1];
  return words !== undefined && /withdraw/i.test(words) && isWithdrawActionName(words.toLowerCase().replace(/-/g, '_'));
}
/** An API version or private segment: exchange REST paths carry one (`/api/v1/`, `/v5/`, `/0/private/`). */
const VERSIONED = /(?:^|\/)(?:v\d+(?:\.\d+)?|private)\//i;
/** `withdraw/apply`, `withdrawal/create`: the action's own verb says it even without a version (a client's base URL holds it). */
const APPLY_TAIL = /(?:^|\/)withdraw(?:als?|s)?\/(?:apply|create|submit|perform)\/?$/i;
/** The path is the first argument of a route definition (Express, FastAPI, Flask, Spring, ASP.NET). */
const ROUTE_BEFORE = /(?:\b(?:app|router|server|routes?|bp|blueprint|fastify|api)\.(?:post|put|delete|patch|route|all)|@(?:Post|Put|Delete|Request)Mapping|\[Http(?:Post|Put|Delete))[ \t]*\([ \t]*(?:path[ \t]*=[ \t]*)?["'`]$/;

/** The string is a module specifier: `from './withdrawal'`, `import('./withdraw')`, `require("../withdrawals")`. */
const MODULE_BEFORE = /(?:\bfrom|\bimport|\b(?:require|import)[ \t]*\()[ \t]*["'`]$/;

/** True for a versioned path that ends in a withdrawal action and that the generated table does not know. */
export function isUnknownWithdrawPath(path: string): boolean {
  const p = path.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return actionTail(p) && (VERSIONED.test(p) || APPLY_TAIL.test(p)) && matchActionPath(p) === undefined;
}

/** Keeps unknown withdrawal-shaped paths (see isUnknownWithdrawPath). */
export const unknownWithdrawPath: Validator = { name: 'unknown-withdraw-path', test: (value) => isUnknownWithdrawPath(value) };

/** A validator that drops a value when its own line, up to `max` characters before it, ends in `before`. */
function notAfterOnLine(name: string, before: RegExp, max: number): Validator {
  return {
    name,
    reach: { before: 0, after: 0 }, // the value's own line
    test: (_value, ctx) => {
      const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      return !before.test(ctx.text.slice(Math.max(lineStart, ctx.start - max), ctx.start));
    },
  };
}

/** Drops paths that are the first argument of a route definition: the bot's own server, not an exchange call. */
export const notARouteDefinition = notAfterOnLine('not-a-route-definition', ROUTE_BEFORE, 200);

/** Drops module specifiers: a source file named after withdrawals is imported, not called. */
export const notAModulePath = notAfterOnLine('not-a-module-path', MODULE_BEFORE, 40);
