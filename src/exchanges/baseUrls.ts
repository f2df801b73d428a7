// Where a key may be sent: each exchange's own hosts (mainnet, testnet, demo) or loopback for tests.
// A workspace can never choose this: the override setting is machine-scoped, and this check runs anyway.
import { ExchangeRequestError } from './http';
import { exchangeById, type ExchangeId } from './registry';

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The URL to send a key to: a preset name or a URL that is the exchange's own HTTPS host, or loopback. */
export function resolveBaseUrl(exchange: ExchangeId, preset: string | undefined): URL {
  const { presets, ownHosts, name } = exchangeById(exchange);
  const raw = preset === undefined ? presets.mainnet : presets[preset] ?? preset;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ExchangeRequestError(`"${raw}" is neither a URL nor a preset (${Object.keys(presets).join(', ')})`, 'refused-url');
  }
  if (isLoopback(url.hostname)) return url;
  if (url.protocol !== 'https:') throw new ExchangeRequestError(`refusing to send a key over ${url.protocol.replace(':', '')}: HTTPS only (except loopback)`, 'refused-url');
  if (!ownHosts.test(url.hostname)) throw new ExchangeRequestError(`refusing to send a ${name} key to ${url.hostname}: only ${name}'s own hosts (or loopback) receive keys`, 'refused-url');
  return url;
}
