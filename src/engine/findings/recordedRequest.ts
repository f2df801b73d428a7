// An HTTP recording (a VCR or vcrpy cassette) keeps what a test really sent: a key in a recorded request's headers to
// a real host was the live key when it was recorded, unless the recorder filtered it (then a placeholder stands there
// and nothing is found). Such a value is proven, not a fixture someone typed: it stays one level below its severity.

/** The cassette's list of interactions: VCR's `http_interactions:`, vcrpy's `interactions:`. */
const CASSETTE = /^(?:http_)?interactions:[ \t]*$/m;
/** An interaction's request or response key (`- request:`, `  response:`). */
const PART = /^[ \t]*-?[ \t]*(request|response):[ \t]*$/gm;
/** The request's address, when it is not the machine's own or a documentation host. */
const REMOTE_URI = /^[ \t]*uri:[ \t]*["']?https?:\/\/(?!(?:localhost|127\.|0\.0\.0\.0|\[::1\]|[^/\s]*\.(?:test|local|example|invalid)\b|(?:[^/\s]*\.)?example\.(?:com|org|net)\b))[^\s"']+/m;

/** True when `offset` lies in the request of a recorded interaction whose address is a remote host. */
export function inRecordedRequest(text: string, offset: number): boolean {
  if (!CASSETTE.test(text.slice(0, 2000))) return false;
  let request = -1;
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m && m.index < offset; m = PART.exec(text)) request = m[1] === 'request' ? m.index : -1;
  return request !== -1 && REMOTE_URI.test(text.slice(request, offset));
}
