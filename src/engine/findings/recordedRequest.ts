// An HTTP recording (a VCR or vcrpy cassette) keeps what a test really sent: a key in a recorded request's headers to
// a real host was the live key when it was recorded, unless the recorder filtered it (then a placeholder stands there
// and nothing is found). Such a value is proven, not a fixture someone typed: it stays one level below its severity.
import { TextMemo } from '../judge/textMemo';

/** The cassette's list of interactions: VCR's `http_interactions:`, vcrpy's `interactions:`. */
const CASSETTE = /^(?:http_)?interactions:[ \t]*$/m;
/** An interaction's request or response key (`- request:`, `  response:`); one way to match a line's blanks. */
const PART = /^[ \t]*(?:-[ \t]*)?(request|response):[ \t]*$/gm;
/** A request's address, when it is not the machine's own, a private network's or a documentation host. */
const REMOTE_URI = /^[ \t]*uri:[ \t]*["']?https?:\/\/(?!(?:localhost|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[::1\]|[^/\s:"']*\.(?:test|local|example|invalid)(?=[:/"'\s]|$)|(?:[^/\s:"']*\.)?example\.(?:com|org|net)(?=[:/"'\s]|$)))[^\s"']+/m;

/** The patterns this file runs over whole texts (for the ReDoS check). */
export const CASSETTE_PATTERNS: readonly RegExp[] = [CASSETTE, PART, REMOTE_URI];

/** The spans of the cassette's requests to a remote host: [start, end) pairs, in order. */
type Spans = ReadonlyArray<readonly [number, number]>;
const REQUESTS = new TextMemo<Spans>();

/** The remote requests of a cassette, found once per text: each part runs to the next part's start. */
function remoteRequests(text: string): Spans {
  return REQUESTS.get(text, '', () => {
    if (!CASSETTE.test(text.slice(0, 2000))) return [];
    const parts = [...text.matchAll(PART)].map((m) => ({ at: m.index, request: m[1] === 'request' }));
    const spans: Array<readonly [number, number]> = [];
    parts.forEach((p, i) => {
      const end = i + 1 < parts.length ? parts[i + 1].at : text.length;
      // vcrpy sorts a request's keys (`body, headers, method, uri`): its address may follow the headers.
      if (p.request && REMOTE_URI.test(text.slice(p.at, end))) spans.push([p.at, end]);
    });
    return spans;
  });
}

/** True when `offset` lies in the request of a recorded interaction whose address is a remote host. */
export function inRecordedRequest(text: string, offset: number): boolean {
  const spans = remoteRequests(text);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid][0]) hi = mid - 1;
    else if (offset >= spans[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}
