// One entry point for the extension and the CLI: resolve where to send the key, ask, judge.
import { resolveBaseUrl, type CheckableExchange } from './baseUrls';
import { checkBinance } from './binance';
import { checkBybit } from './bybit';
import { normalizePem, type Credentials } from './credentials';
import type { NetOptions } from './http';
import { checkCoinbase } from './coinbase';
import { checkKraken } from './kraken';
import { checkKucoin } from './kucoin';
import { checkOkx } from './okx';
import { judge, type KeyFacts, type Verdict } from './verdict';

export const CHECKABLE: readonly CheckableExchange[] = ['binance', 'bybit', 'okx', 'kraken', 'kucoin', 'coinbase'];

/** Exchanges whose keys come with a passphrase. */
export const NEEDS_PASSPHRASE: ReadonlySet<CheckableExchange> = new Set(['okx', 'kucoin']);

/** The answer of a key check. */
export interface KeyCheckResult {
  facts: KeyFacts;
  verdict: Verdict;
  baseUrl: string;
}

/** Asks an exchange what a key may do and judges it. Throws ExchangeRequestError / KeyCheckError on failure. */
export async function checkKey(exchange: CheckableExchange, creds: Credentials, options: { baseUrl?: string; rotationDays?: number; net?: NetOptions; allowLoopback?: boolean } = {}): Promise<KeyCheckResult> {
  const base = resolveBaseUrl(exchange, options.baseUrl, { allowLoopback: options.allowLoopback });
  const net = options.net ?? {};
  creds = { ...creds, secret: normalizePem(creds.secret) };
  const facts = exchange === 'binance' ? await checkBinance(base, creds, net)
    : exchange === 'bybit' ? await checkBybit(base, creds, net)
    : exchange === 'kraken' ? await checkKraken(base, creds, net)
    : exchange === 'kucoin' ? await checkKucoin(base, creds, net)
    : exchange === 'coinbase' ? await checkCoinbase(base, creds, net)
    : await checkOkx(base, creds, options.baseUrl === 'demo', net);
  return { facts, verdict: judge(facts, { rotationDays: options.rotationDays }), baseUrl: base.origin };
}
