// What the withdrawal detectors share: the files they read, their message, how they name the exchange, and
// the deny-list exclusion.
import { inCollectionOf } from '../../judge/codeContext';
import type { Example, Validator } from '../../defineDetector';
import type { FileKind } from '../../types';
import { CCXT_CTOR } from '../ccxt';

/** Code files: withdrawal paths in prose, Markdown or data files are not calls. */
export const CODE: readonly FileKind[] = [
  'python', 'notebook', 'javascript', 'typescript', 'go', 'rust', 'java', 'kotlin', 'csharp', 'php', 'ruby', 'shell',
  'swift', 'dart', 'c', 'cpp', 'scala', 'lua', 'r', 'elixir', 'perl', 'powershell', 'clojure', 'julia',
];
export const WHY = 'The API key this code runs with needs withdrawal permission — the one permission a bot key should never have.';
/** What to do about a withdrawal call. */
export const WITHDRAW_ADVICE =
  'Keep a withdrawing key separate from trading keys, bind it to an IP whitelist and a withdrawal-address whitelist, or remove the call. If the call is intended, suppress it with a reason (keyguard:allow withdraw — reason).';
export const EXCHANGE_LIBS = ['ccxt', 'binance', 'pybit', 'bybit', 'okx', 'kucoin', 'kraken', 'gate', 'bitget', 'coinbase', 'alpaca', 'bitfinex', 'dydx'];

/** An example as a file of its language (the detectors run on code files only). */
export function code(text: string): Example {
  const path = /\$\w+(?:->|\s*=)/.test(text) ? 'bot.php'
    : /:=|\bfunc\b/.test(text) ? 'bot.go'
    : /\b(?:String|Map<|LinkedHashMap)\b/.test(text) ? 'Bot.java'
    : /^\s*(?:const|let|var|await|it\()|;\s*(?:\/\/.*)?$/m.test(text) ? 'bot.ts'
    : 'bot.py';
  return { text, path };
}

/** A path or method name ends here: no further identifier, path or query character. */
export const END = String.raw`(?![A-Za-z0-9_/-])`;

/** Where the exchange of a call comes from: the ccxt constructor of the receiver, else the SDK import. */
export const EXCHANGE_NEAR = [
  { pattern: CCXT_CTOR, before: 6000, after: 400 },
  // Python/JS imports, Java/Kotlin packages (com.binance…), C# using, Rust/PHP use, Go module paths, npm scopes.
  { pattern: /(?:\bfrom[ \t]+|\bimport[ \t]+(?:com\.|io\.|org\.|net\.)?|\busing[ \t]+|\buse[ \t]+|require\([ \t]*["']@?|["'](?:github\.com\/[\w.-]{1,40}\/(?:go-)?|@)?)(?<ex>binance|pybit|bybit|okx|kucoin|kraken|gate_api|bitget|coinbase|alpaca|hyperliquid|mexc|htx|huobi|bitfinex|bitstamp|gemini|bitmart)/i, before: 20000, after: 400 },
];

/**
 * Drops paths listed in a deny-list (`FORBIDDEN_PATHS = frozenset({"/sapi/v1/capital/withdraw/apply", …})`):
 * a guard that blocks withdrawals, not a call. Looks back 400 characters for an open collection assigned to
 * a name that forbids.
 */
export const notInDenyList: Validator = {
  name: 'not-in-deny-list',
  reach: { before: 400, after: 0 },
  test: (_v, ctx) => !inCollectionOf(ctx.text, ctx.start, /(?:forbid|block|deny|disallow|reject|blacklist|banned)[A-Za-z0-9_]*["']?[ \t]*[:=]/gi, /[[({]/),
};
