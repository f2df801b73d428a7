// Live, dead or unknown: what a key check's outcome says about whether the key still works. "Dead" only
// when the exchange itself says it does not know the key — never on a network error, a rate limit, a clock
// error, a wrong secret or passphrase, or an IP refusal (an IP-restricted key is alive and well).
import { KeyCheckError } from './credentials';
import { ExchangeRequestError } from './http';
import type { CheckableExchange } from './registry';
import type { KeyCheckResult } from './checkKey';
import type { Level } from './verdict';

/** Whether a key still works, as far as the exchange's answer says. */
export type KeyState = 'live' | 'dead' | 'unknown';

/** Why a key is dead or unknown: each a distinct answer, so "offline" is never read as "dead". */
export type KeyCause = 'invalid-key' | 'ip-rejected' | 'network' | 'rate-limit' | 'clock' | 'wrong-credentials' | 'ambiguous' | 'other';

/**
 * The error codes by which each exchange says "no such key" (the codes of each record's ERRORS table).
 * Binance's -2015 is absent on purpose: it means invalid key OR wrong IP OR missing permission. Coinbase's
 * and Alpaca's 401 name no cause, so neither exchange can report a dead key.
 */
export const DEAD_CODES: Record<CheckableExchange, ReadonlyArray<string | number>> = {
  binance: [-2014], bybit: [10003], okx: ['50111'], kraken: ['EAPI:Invalid key'], kucoin: ['400003'],
  gate: ['INVALID_KEY'], bitget: ['40006'], coinbase: [], alpaca: [],
};

/** Codes that say "this computer's clock is off" (the request never reached the key's state). */
const CLOCK_CODES: Record<CheckableExchange, ReadonlyArray<string | number>> = {
  binance: [-1021], bybit: [10002], okx: ['50102'], kraken: ['EAPI:Invalid nonce'], kucoin: ['400002'],
  gate: ['REQUEST_EXPIRED'], bitget: ['40004', '40005', '40008'], coinbase: [], alpaca: [],
};

/** Codes that say "slow down". */
const RATE_CODES: Record<CheckableExchange, ReadonlyArray<string | number>> = {
  binance: [-1003], bybit: [10006], okx: ['50011'], kraken: ['EAPI:Rate limit exceeded'], kucoin: ['429000'],
  gate: ['TOO_MANY_REQUESTS', 'TOO_FAST'], bitget: ['429'], coinbase: [429], alpaca: [429],
};

/** Codes that say the key is known but the secret or passphrase sent with it is not its own. */
const WRONG_CREDENTIAL_CODES: Record<CheckableExchange, ReadonlyArray<string | number>> = {
  binance: [-1022], bybit: [10004], okx: ['50105', '50113'], kraken: ['EAPI:Invalid signature'], kucoin: ['400004', '400005'],
  gate: ['INVALID_SIGNATURE'], bitget: ['40009', '40012'], coinbase: [], alpaca: [],
};

/** Codes whose one answer covers a deleted key AND a live one (wrong IP, wrong secret, missing permission). */
const AMBIGUOUS_CODES: Record<CheckableExchange, ReadonlyArray<string | number>> = {
  binance: [-2015], bybit: [], okx: [], kraken: [], kucoin: [], gate: [], bitget: [], coinbase: [401], alpaca: ['40110000', 401],
};

/** What a check concluded about one key. */
export interface KeyVerification {
  state: KeyState;
  /** The verdict's level for a key that answered; `unknown` when nothing could be judged. */
  risk: Level | 'unknown';
  /** Trading permissions in the exchange's words (withdrawals are said by the risk lines). */
  permissions: string[];
  /** Why the state is dead or unknown, in the user's words. */
  reason?: string;
  /** Why the state is dead or unknown, as a kind (absent for live keys). */
  cause?: KeyCause;
}

/** The kind of a KeyCheckError's code for this exchange. */
function causeOf(exchange: CheckableExchange, code: string | number | undefined): KeyCause {
  if (code === undefined) return 'other';
  const has = (table: Record<CheckableExchange, ReadonlyArray<string | number>>) => table[exchange].includes(code);
  if (has(DEAD_CODES)) return 'invalid-key';
  if (has(CLOCK_CODES)) return 'clock';
  if (has(RATE_CODES)) return 'rate-limit';
  if (has(WRONG_CREDENTIAL_CODES)) return 'wrong-credentials';
  if (has(AMBIGUOUS_CODES)) return 'ambiguous';
  return 'other';
}

/** Classifies a key check: its result, or the error it threw. Rethrows errors that are not about the key. */
export function verification(exchange: CheckableExchange, outcome: { result: KeyCheckResult } | { error: unknown }): KeyVerification {
  if ('result' in outcome) {
    const { facts, verdict } = outcome.result;
    // An IP refusal proves the key is restricted, not that it works: its permissions stay unknown.
    if (facts.ipRejected) return { state: 'unknown', risk: verdict.level, permissions: [], reason: `${facts.exchange} refused this computer's IP (the key is IP-restricted)`, cause: 'ip-rejected' };
    return { state: 'live', risk: verdict.level, permissions: facts.permissions };
  }
  const e = outcome.error;
  if (e instanceof KeyCheckError) {
    const cause = causeOf(exchange, e.code);
    return cause === 'invalid-key'
      ? { state: 'dead', risk: 'ok', permissions: [], reason: e.message, cause }
      : { state: 'unknown', risk: 'unknown', permissions: [], reason: e.message, cause };
  }
  if (e instanceof ExchangeRequestError) {
    return { state: 'unknown', risk: 'unknown', permissions: [], reason: e.message, cause: e.kind === 'rate-limit' ? 'rate-limit' : e.kind === 'refused-url' ? 'other' : 'network' };
  }
  throw e;
}
