// A signing secret typed by hand into a properties or ini file: the rest of the line is the value, spaces and all
// (`app.jwt.secret=qwe*rt 9 zx_cv$ …`). The generic rule's bare values stop at a space, so these went unseen.
import type { PatternSpec, Validator } from '../defineDetector';
import { rx } from './fragments';

// A name that says secret or signing key: `jwt.secret`, `security.refresh.secret`, `token-secret`, `signingKey`.
const NAME = /(?:^|[._-])secret(?:[._-]?key)?$|(?:^|[._-])signing[._-]?key$|[a-z]Secret$/i;
// Punctuation a sentence does not use: prose about a secret (`use a long random string here`) has none of it.
const KEYBOARD_SYMBOLS = /[!#$%&*()[\]{}<>;|~^+=\\/?@`-]/g;

/** Mashed keys, not prose: letters and digits, three kinds of keyboard symbol, and few words that read as words. */
const mashedKeys: Validator = {
  name: 'mashed-keys',
  test: (v) => {
    if (!/[A-Za-z]/.test(v) || !/[0-9]/.test(v)) return false;
    if (new Set(v.match(KEYBOARD_SYMBOLS) ?? []).size < 3) return false;
    // A sentence's words hold vowels; a mashed run of letters often has none or a long consonant run.
    const words = v.split(/[^A-Za-z]+/).filter((w) => w.length >= 4);
    const readable = words.filter((w) => /[aeiouy]/i.test(w) && !/[^aeiouy]{4}/i.test(w)).length;
    return readable * 2 <= words.length;
  },
};

/** The pattern: a whole `name = value` line of a config whose value holds a space. */
export const SPACED_SECRET: PatternSpec = {
  re: rx(String.raw`^[ \t]*(?<name>[A-Za-z0-9_.-]{1,60})[ \t]*[=:][ \t]*(?<v>[^\s"'#;][^\r\n]{10,200}[^\s])[ \t]*\r?$`, 'm'),
  keywords: ['secret', 'signing'],
  name: NAME,
  files: ['ini'],
  validate: [{ name: 'holds-a-space', test: (v) => /[ \t]/.test(v) }, mashedKeys],
};

/** Positive examples, for the generic rule's record. */
export const SPACED_SECRET_POSITIVE = [
  { text: `server.port=8080\napp.security.jwt.secret=⟦pz8*wq 4 lkm_vbxr$ tqwz[]- 71nb ;;xq ([prt⟧\n`, path: 'src/main/resources/application-prod.properties' },
];
/** Negative examples: prose, a placeholder sentence, a list of words. */
export const SPACED_SECRET_NEGATIVE = [
  { text: `app.security.jwt.secret=change this to a long random string before you deploy\n`, path: 'src/main/resources/application.properties' },
  { text: `app.security.jwt.secret=\${JWT_SECRET:please set me (see README)}\n`, path: 'src/main/resources/application.properties' },
  { text: `app.jwt.secret = Used to sign tokens; rotate it every 90 days (see docs/ops.md)\n`, path: 'app.properties' },
];
