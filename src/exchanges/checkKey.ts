// One entry point for the extension and the CLI: resolve where to send the key, ask, judge.
import { resolveBaseUrl } from './baseUrls';
import { normalizePem, type Credentials } from './credentials';
import type { NetOptions } from './http';
import { exchangeById, type CheckableExchange } from './registry';
import { judge, type JudgeOptions, type KeyFacts, type Verdict } from './verdict';

/** The answer of a key check. */
export interface KeyCheckResult {
  facts: KeyFacts;
  verdict: Verdict;
  baseUrl: string;
}

/** Asks an exchange what a key may do and judges it. Throws ExchangeRequestError / KeyCheckError on failure. */
export async function checkKey(exchange: CheckableExchange, creds: Credentials, options: { baseUrl?: string; net?: NetOptions; allowLoopback?: boolean } & Omit<JudgeOptions, 'now'> = {}): Promise<KeyCheckResult> {
  const { check } = exchangeById(exchange);
  if (!check) throw new Error(`no key check for ${exchange}`); // unreachable: CheckableExchange has one
  const base = resolveBaseUrl(exchange, options.baseUrl, { allowLoopback: options.allowLoopback });
  creds = { ...creds, secret: normalizePem(creds.secret) };
  const facts = await check(base, creds, { preset: options.baseUrl, net: options.net ?? {} });
  return { facts, verdict: judge(facts, options), baseUrl: base.origin };
}
