// Where a key may be sent: each exchange's own hosts (mainnet, testnet, demo) or loopback for tests.
// A workspace can never choose this: the override setting is machine-scoped, and this check runs anyway.
import { ExchangeRequestError } from './http';

/** Exchanges the key check supports. */
export type CheckableExchange = 'binance' | 'bybit' | 'okx' | 'kraken' | 'kucoin' | 'coinbase';

export const PRESETS: Record<CheckableExchange, Record<string, string>> = {
  binance: { mainnet: 'https://api.binance.com', testnet: 'https://testnet.binance.vision', demo: 'https://demo-api.binance.com' },
  bybit: { mainnet: 'https://api.bybit.com', testnet: 'https://api-testnet.bybit.com', demo: 'https://api-demo.bybit.com' },
  okx: { mainnet: 'https://www.okx.com', demo: 'https://www.okx.com' },
  kraken: { mainnet: 'https://api.kraken.com' },
  kucoin: { mainnet: 'https://api.kucoin.com' },
  coinbase: { mainnet: 'https://api.coinbase.com' },
};

const OWN_HOSTS: Record<CheckableExchange, RegExp> = {
  binance: /(?:^|\.)(?:binance\.com|binance\.vision|binancefuture\.com|binance\.us)$/,
  bybit: /(?:^|\.)(?:bybit\.com|bytick\.com)$/,
  okx: /(?:^|\.)(?:okx\.com|okx\.cab)$/,
  kraken: /(?:^|\.)kraken\.com$/,
  kucoin: /(?:^|\.)kucoin\.com$/,
  coinbase: /(?:^|\.)coinbase\.com$/,
};

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The URL to send a key to: a preset name or a URL that is the exchange's own HTTPS host, or loopback. */
export function resolveBaseUrl(exchange: CheckableExchange, preset: string | undefined): URL {
  const raw = preset === undefined ? PRESETS[exchange].mainnet : PRESETS[exchange][preset] ?? preset;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ExchangeRequestError(`"${raw}" is neither a URL nor a preset (${Object.keys(PRESETS[exchange]).join(', ')})`, 'refused-url');
  }
  if (isLoopback(url.hostname)) return url;
  if (url.protocol !== 'https:') throw new ExchangeRequestError(`refusing to send a key over ${url.protocol.replace(':', '')}: HTTPS only (except loopback)`, 'refused-url');
  if (!OWN_HOSTS[exchange].test(url.hostname)) throw new ExchangeRequestError(`refusing to send a ${exchange} key to ${url.hostname}: only ${exchange}'s own hosts (or loopback) receive keys`, 'refused-url');
  return url;
}
