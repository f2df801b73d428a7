// Where a key may be sent: each exchange's own hosts (mainnet, testnet, demo), or loopback when a test
// switch allows it. A workspace can never choose this: the override setting is machine-scoped, and this
// check runs anyway.
import { ExchangeRequestError } from './http';
import { exchangeById, type ExchangeId } from './registry';

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Binance.US is its own exchange with its own keys and API; its hosts are not Binance's. */
const BINANCE_US = /(?:^|\.)binance\.us$/;

/** Options of resolveBaseUrl. */
export interface BaseUrlOptions {
  /** Test switch: accept http(s)://loopback (the mock exchange). Never set from user or workspace input. */
  allowLoopback?: boolean;
}

/** The URL to send a key to: a preset name, or an HTTPS URL on the exchange's own host (loopback only in tests). */
export function resolveBaseUrl(exchange: ExchangeId, preset: string | undefined, options: BaseUrlOptions = {}): URL {
  const { presets, ownHosts, name } = exchangeById(exchange);
  const raw = preset === undefined ? presets.mainnet : presets[preset] ?? preset;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ExchangeRequestError(`"${raw}" is neither a URL nor a preset (${Object.keys(presets).join(', ')})`, 'refused-url');
  }
  // Credentials in the URL would travel to whoever the host is, and hide the real host from a quick read.
  if (url.username || url.password) throw new ExchangeRequestError('refusing a base URL with a user name or password in it', 'refused-url');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ExchangeRequestError(`refusing to send a key over ${url.protocol.replace(':', '')}: HTTPS only`, 'refused-url');
  if (isLoopback(url.hostname)) {
    if (options.allowLoopback) return url;
    throw new ExchangeRequestError(`refusing to send a ${name} key to ${url.hostname}: loopback addresses are for KeyGuard's own tests only`, 'refused-url');
  }
  if (url.protocol !== 'https:') throw new ExchangeRequestError(`refusing to send a key over ${url.protocol.replace(':', '')}: HTTPS only`, 'refused-url');
  if (exchange === 'binance' && BINANCE_US.test(url.hostname)) {
    throw new ExchangeRequestError(`refusing to send a Binance key to ${url.hostname}: Binance.US is a separate exchange with its own keys, and KeyGuard does not check Binance.US keys yet`, 'refused-url');
  }
  if (!ownHosts.test(url.hostname)) throw new ExchangeRequestError(`refusing to send a ${name} key to ${url.hostname}: only ${name}'s own hosts receive keys`, 'refused-url');
  return url;
}
