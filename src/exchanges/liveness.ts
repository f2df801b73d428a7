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

/**
 * The error codes by which each exchange says "no such key" (the codes of each record's ERRORS table).
 * Binance's -2015 is absent on purpose: it means invalid key OR wrong IP OR missing permission. Coinbase's
 * and Alpaca's 401 name no cause, so neither exchange can report a dead key.
 */
export const DEAD_CODES: Record<CheckableExchange, ReadonlyArray<string | number>> = {
  binance: [-2014], bybit: [10003], okx: ['50111'], kraken: ['EAPI:Invalid key'], kucoin: ['400003'],
  gate: ['INVALID_KEY'], bitget: ['40006'], coinbase: [], alpaca: [],
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
}

/** Classifies a key check: its result, or the error it threw. Rethrows errors that are not about the key. */
export function verification(exchange: CheckableExchange, outcome: { result: KeyCheckResult } | { error: unknown }): KeyVerification {
  if ('result' in outcome) {
    const { facts, verdict } = outcome.result;
    // An IP refusal proves the key is restricted, not that it works: its permissions stay unknown.
    if (facts.ipRejected) return { state: 'unknown', risk: verdict.level, permissions: [], reason: `${facts.exchange} refused this computer's IP (the key is IP-restricted)` };
    return { state: 'live', risk: verdict.level, permissions: facts.permissions };
  }
  const e = outcome.error;
  if (e instanceof KeyCheckError) {
    const dead = e.code !== undefined && DEAD_CODES[exchange].includes(e.code);
    return dead
      ? { state: 'dead', risk: 'ok', permissions: [], reason: e.message }
      : { state: 'unknown', risk: 'unknown', permissions: [], reason: e.message };
  }
  if (e instanceof ExchangeRequestError) return { state: 'unknown', risk: 'unknown', permissions: [], reason: e.message };
  throw e;
}
