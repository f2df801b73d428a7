// Shared shapes of the service-key detectors: a key whose variable names the service (`FINNHUB_API_KEY = "…"`)
// and a key in the service's own URL (`…?apikey=…`). Keys without a prefix of their own are only found so.
import type { PatternSpec } from '../../defineDetector';
import { assigned, OQ, PREFIX, rx } from '../fragments';

/** Options of a service pattern: the service's name for messages and the fix's environment variable. */
export interface ServiceOptions {
  exchange: string;
  envName: string;
  /** Lowercase words the name or line must hold (the prefilter). */
  keywords: readonly string[];
  notName?: RegExp;
}

// Names that are about a key, not the key: where it lives, its id, its public half.
const ABOUT_KEY = /url|uri|endpoint|host|path|file|address|(?:^|[_.-]|[a-z])(?:id|ids|name|header|hash|type|version|prefix)$|public|pub_?key/i;

/**
 * A key assigned to a name that says which service it is for (`name` must match), e.g. ALCHEMY_API_KEY,
 * `finnhubToken`, `"tiingo_key":`. `value` is the key's own shape, ending with its own lookahead.
 */
export function namedKey(name: RegExp, value: string, o: ServiceOptions): PatternSpec {
  return {
    ...assigned(String.raw`${PREFIX}${OQ}(?<v>${value})`),
    name,
    notName: o.notName ?? ABOUT_KEY,
    keywords: o.keywords,
    exchange: o.exchange,
    envName: o.envName,
  };
}

/**
 * A key inside the service's own URL: the query's `param=` with `host` (a regex source) at most a URL's length
 * before it. The host is a requirement, not part of the regex: a path-and-query regex repeats inside repeats,
 * which the ReDoS check could not prove linear.
 */
export function keyInUrl(host: string, param: string, value: string, o: ServiceOptions): PatternSpec {
  return {
    re: rx(String.raw`[?&](?:${param})=(?<v>${value})`),
    requires: { near: { pattern: new RegExp(String.raw`${host}/`), before: 300 } },
    keywords: o.keywords,
    exchange: o.exchange,
    envName: o.envName,
  };
}
