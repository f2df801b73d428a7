// The one HTTP client of the key check: 10 s timeout, Retry-After honoured once, failures in plain words.
import * as http from 'http';
import * as https from 'https';

/** An answer from the exchange. */
export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A failure before any usable answer, with a message meant for the user. */
export class ExchangeRequestError extends Error {
  constructor(message: string, readonly kind: 'timeout' | 'network' | 'rate-limit' | 'refused-url') {
    super(message);
  }
}

/** Network limits a caller may tighten (tests) or loosen. */
export interface NetOptions {
  timeoutMs?: number;
  maxRetryAfterMs?: number;
}

/** Options of one request. */
export interface RequestOptions {
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Longest Retry-After wait honoured before retrying once (default 10 s). */
  maxRetryAfterMs?: number;
}

/** Sends one request; on 429/418 waits for Retry-After (bounded) and tries once more. */
export async function request(options: RequestOptions): Promise<HttpResponse> {
  const first = await send(options);
  if (first.status !== 429 && first.status !== 418) return first;
  const wait = retryAfterMs(first.headers['retry-after']);
  if (wait === undefined || wait > (options.maxRetryAfterMs ?? 10_000)) {
    throw new ExchangeRequestError(`the exchange is rate-limiting this IP (HTTP ${first.status}${wait ? `, retry after ${Math.ceil(wait / 1000)} s` : ''}); try again later`, 'rate-limit');
  }
  await new Promise((r) => setTimeout(r, wait));
  const second = await send(options);
  if (second.status === 429 || second.status === 418) {
    throw new ExchangeRequestError(`the exchange is still rate-limiting this IP (HTTP ${second.status}); try again later`, 'rate-limit');
  }
  return second;
}

/** Retry-After in milliseconds (seconds or an HTTP date). */
function retryAfterMs(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** One HTTP exchange over http (loopback) or https. */
function send(options: RequestOptions): Promise<HttpResponse> {
  const lib = options.url.protocol === 'https:' ? https : http;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const req = lib.request(options.url, { method: options.method, headers: { 'User-Agent': 'KeyGuard', ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => reject(new ExchangeRequestError(`the connection broke while reading the answer (${e.message})`, 'network')));
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      reject(new ExchangeRequestError(`no answer from ${options.url.host} within ${timeoutMs / 1000} s`, 'timeout'));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') reject(new ExchangeRequestError(`cannot resolve ${options.url.hostname}: no network or DNS`, 'network'));
      else if (e.code === 'ECONNREFUSED') reject(new ExchangeRequestError(`${options.url.host} refused the connection`, 'network'));
      else if (e.code === 'ECONNRESET') reject(new ExchangeRequestError(`${options.url.host} closed the connection`, 'network'));
      else reject(new ExchangeRequestError(`request to ${options.url.host} failed: ${e.message}`, 'network'));
    });
    if (options.body) req.write(options.body);
    req.end();
  });
}
