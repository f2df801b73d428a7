// What sits beside a bare 64-hex value and makes it a wallet key: a send helper it is handed to, or a comment on
// the line above that calls it a private key (detectors/wallets.ts).
import type { Validator } from '../defineDetector';
import { lineStartWithin } from '../text/linesAbove';

// A call whose name says it moves funds, the value its first or second argument (the one before it unquoted).
const SEND_CALL_BEFORE = /(?<![A-Za-z0-9_$])([A-Za-z_$][A-Za-z0-9_$]{0,60})[ \t]*\([ \t]*(?:[^()"'`\n,]{1,80},[ \t]*)?$/;
const SEND_NAME = /send|transfer|sweep|withdraw/i;
// Look-ups of a past transfer (`getTransfer(hash)`), contract-level transfers whose bytes32 argument is data.
const NOT_SEND_NAME = /^(?:get|fetch|find|track|check|wait|watch|query|lookup|load|is|has|on|handle|parse|decode|log)|status|hash|receipt|info|detail|sign|verify|from$|batch|ownership/i;

/** The value is the first (or second) argument of a call named as a send or transfer. */
export const inSendHelperCall: Validator = {
  name: 'in-send-helper-call',
  reach: { before: 200, after: 0 },
  test: (_v, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const m = SEND_CALL_BEFORE.exec(ctx.text.slice(Math.max(lineStart, ctx.start - 200), ctx.start - 1));
    return m !== null && SEND_NAME.test(m[1]) && !NOT_SEND_NAME.test(m[1]);
  },
};

/** A comment line (`#`, `//`, `--`, `;`) that says private key. */
const PRIVATE_KEY_COMMENT = /^[ \t]*(?:#|\/\/|--|;)[^\n]{0,100}priv(?:ate)?[ _-]?key/i;

/** The line just above the value's is a comment calling it a private key (the usual layout of a `.env` or config). */
export const privateKeyCommentBeside: Validator = {
  name: 'private-key-comment-above',
  reach: { before: 400, after: 0 },
  test: (_v, ctx) => {
    const own = lineStartWithin(ctx.text, ctx.start);
    // The line above, when this line's start is a line break's (not the bound's, mid-line).
    const prev = own <= 1 || ctx.text[own - 1] !== '\n' ? '' : ctx.text.slice(lineStartWithin(ctx.text, own - 1), own - 1);
    return PRIVATE_KEY_COMMENT.test(prev.slice(-300));
  },
};
