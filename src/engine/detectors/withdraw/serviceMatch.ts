// Whether a written path is one of a custody or payment service's fund-moving paths (serviceTable.ts), in a file that
// names that service: shared by the service rule (serviceEndpoints.ts) and the posted-path rule (a service path put in
// a variable and posted lines later, localFlow.ts).
import type { MatchContext } from '../../defineDetector';
import { SERVICE_ENDPOINTS, type ServiceEndpoints } from './serviceTable';
import { TextMemo } from '../../judge/textMemo';

/** A placeholder segment: `{id}`, `${id}`, `#{id}` (Ruby, Elixir), `:id`, printf's `%s`. */
const PLACEHOLDER = /^(?:[$#]?\{.*\}|:[A-Za-z_]\w*|%[sdv])$/;
/** Segments a client's base URL may hold before a documented path: a host, `api`, a version, a placeholder. */
const PREFIX = /^(?:https?:|[^/]*\.[^/]*|api|v\d+(?:\.\d+)?|\{\})$/i;

/** A path's segments, lowercased, each placeholder written `{}`, the query dropped. */
export const segments = (p: string): string[] => p.replace(/[?].*$/, '').split('/').filter(Boolean).map((s) => (PLACEHOLDER.test(s) ? '{}' : s.toLowerCase()));

/** A documented path without its leading `api` and version segments: what every client writes. */
export function core(path: string): string[] {
  const segs = segments(path);
  let i = 0;
  while (i < segs.length - 1 && /^(?:api|v\d+)$/.test(segs[i])) i++;
  return segs.slice(i);
}

/** True when the written path ends in `want` (a `{}` there stands for any segment) after prefix segments only. */
function endsWith(written: string[], want: string[]): boolean {
  const head = written.length - want.length;
  if (head < 0) return false;
  for (let i = 0; i < want.length; i++) if (want[i] !== '{}' && want[i] !== written[head + i]) return false;
  return written.slice(0, head).every((s) => PREFIX.test(s));
}

/**
 * True when the written path is the wanted one, or that one without its leading placeholders (`/wallet/${id}/sendcoins`:
 * the client passes the coin apart), also after one placeholder holding the base (`f"{BASE_URLS[coin]}/txs/micro"`).
 */
export function pathIs(written: string[], wanted: string[]): boolean {
  if (endsWith(written, wanted)) return true;
  let k = 0;
  while (k < wanted.length - 2 && wanted[k] === '{}') k++;
  return k > 0 && written.length > 0 && (written[0] !== '{}' || written.length === wanted.length - k + 1) && endsWith(written, wanted.slice(k));
}

/** Per text and file path, whether it names each service (the path counts too: `fordefi/requests_factory.py`). */
const NAMED = new TextMemo<boolean>();
/** True when the text or the file's path names the entry's service (a word of its `near` list). */
export function serviceNamed(entry: ServiceEndpoints, ctx: MatchContext): boolean {
  if (entry.near.length === 0) return true;
  return NAMED.get(ctx.text, `${ctx.path}\u0000${entry.service}\u0000${entry.near.join(',')}`, () => {
    const text = ctx.text.toLowerCase();
    const path = ctx.path.toLowerCase();
    return entry.near.some((w) => text.includes(w) || path.includes(w));
  });
}

/** Each entry with its paths' segments, worked out once. */
const WANTED = SERVICE_ENDPOINTS.map((entry) => ({ entry, cores: entry.paths.map(core) }));

/** A service's fund-moving path, written in full (a call's argument or config entry), in a file naming that service. */
export const isServicePath = (written: string, ctx: MatchContext): boolean => {
  const segs = segments(written.replace(/^[a-z]+:\/\/[^/]*/i, ''));
  return WANTED.some(({ entry, cores }) => serviceNamed(entry, ctx) && cores.some((c) => pathIs(segs, c)));
};

/** Single segments too common to open a request window on their own (`/payment`, `/send`): their paths' second segment or the service's name must. */
const COMMON = new Set(['transfers', 'transfer', 'cancel', 'send', 'payment', 'payments', 'payout', 'payouts', 'withdraw', 'sweep']);

/** Literals every written form of a service path holds: its last two literal segments (`txs/micro`), or `/` and the last one. */
export const SERVICE_PATH_KEYWORDS: readonly string[] = [...new Set(SERVICE_ENDPOINTS.flatMap((e) => e.paths.flatMap((p) => {
  const segs = core(p);
  const tail: string[] = [];
  for (let i = segs.length - 1; i >= 0 && segs[i] !== '{}' && tail.length < 2; i--) tail.unshift(segs[i]);
  if (tail.length === 2) return [tail.join('/')];
  return tail.length === 1 && !COMMON.has(tail[0]) ? [`/${tail[0]}`] : [];
})))];
