// A bare key file (`kraken.key` read by krakenex's load_key, `bybit.key` read by a bot's own loader): the API key
// on the first line, the secret on the second, no names; a passphrase may follow for exchanges that have one.
// Nothing but the file's name says whose keys they are, so the name must start with the exchange's and the
// whole file must be those lines, each of its own exchange's exact shape.
import type { PatternSpec, Validator } from '../../defineDetector';
import { baseName } from '../../text/fileKind';
import { rx } from '../fragments';

/** Which line of the file the pattern reports. */
export type KeyFileLine = 'key' | 'secret';

/** A validator: the file is named `<stem>….key` (`bybit.key`, `kraken_api.key`, `Binance-keys.key`). */
function namedKeyFile(stems: readonly string[]): Validator {
  const name = new RegExp(`^(?:${stems.join('|')})[\\w.-]{0,40}\\.key$`, 'i');
  return { name: 'exchange-key-file', reach: { before: 0, after: 0 }, test: (_v, ctx) => name.test(baseName(ctx.path)) };
}

// The words of the last path asked about, shared by every exchange's test: a file's patterns all ask about it.
let wordsPath: string | undefined;
let pathWords = new Set<string>();

/** The words of a path's folders and file name, split at separators only (`PaymentGate/` holds no `gate`). */
function wordsOfPath(path: string): Set<string> {
  if (path !== wordsPath) {
    wordsPath = path;
    pathWords = new Set(path.replace(/\\/g, '/').replace(/\.[A-Za-z0-9]{1,5}$/, '').toLowerCase().split(/[^a-z0-9]+/));
  }
  return pathWords;
}

/** A path test: a folder or the file of the path is named by one of the stems as a word (`bybit/config.py`, `okx_bot/keys.py`). */
export function namedByPath(stems: readonly string[]): (path: string) => boolean {
  // The last answer, by path: a file asks each of its patterns about the same path.
  let lastPath: string | undefined;
  let lastAnswer = false;
  return (path) => {
    if (path !== lastPath) {
      const words = wordsOfPath(path);
      lastAnswer = stems.some((s) => words.has(s));
      lastPath = path;
    }
    return lastAnswer;
  };
}

/** The file-name stems of an exchange: its slug and its plain-word names (`gate.io` → `gateio`, `pybit`). */
export function keyFileStems(slug: string, exchange: string, words: readonly string[]): string[] {
  const plain = [slug, exchange.toLowerCase().replace(/[^a-z0-9]/g, ''), ...words].filter((w) => /^[a-z0-9]{3,}$/.test(w));
  return [...new Set(plain)];
}

/**
 * The pattern that reads one line of a whole-file key pair: `key` and `secret` are the exchange's value shapes;
 * `passphrase` (a shape) allows a third line. Anchored at the file's start and end (no `m` flag), so a PEM
 * `.key`, a one-line file or a longer listing never matches.
 */
export function keyFilePattern(stems: readonly string[], key: string, secret: string, line: KeyFileLine, passphrase?: string): PatternSpec {
  const k = line === 'key' ? `(?<v>${key})` : `(?:${key})`;
  const s = line === 'secret' ? `(?<v>${secret})` : `(?:${secret})`;
  // Trailing blanks are left to the last bounded run, so no two unbounded runs compete for them.
  const third = passphrase ? String.raw`(?:[ \t]{0,8}\r?\n[ \t]{0,8}(?:${passphrase}))?` : '';
  return {
    re: rx(String.raw`^[ \t\r\n]{0,8}${k}[ \t]{0,8}\r?\n[ \t]{0,8}${s}${third}[ \t\r\n]{0,8}$`),
    keywords: [],
    files: ['text'],
    validate: [namedKeyFile(stems)],
  };
}
