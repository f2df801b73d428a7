// Hyperliquid's signed actions that move funds to another address (`withdraw3`, `usdSend`, `spotSend`, `sendAsset`,
// `sendToEvmWithData`) are built as an object and sent a few lines below (`action = {"type": "usdSend", …}` then
// `return self._build_sign_send(action)`). One request, one fact: the call that sends the action is reported, and the
// type literal only when no such call follows in its function (an enum, a table, a builder that returns the action).
import { notInComment } from '../../judge/codeContext';
import { notADefinitionSite } from '../../judge/definitionSite';
import { defineDetector, type Validator } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { linesAbove, matchesAbove } from '../../text/linesAbove';
import { ANY_CALL, rx } from '../fragments';
import { CODE, WITHDRAW_ADVICE } from './shared';
import { nameSegments } from './table';

/** The action types that send funds to an address the action names. */
const SENT_TYPES = ['withdraw3', 'usdSend', 'spotSend', 'sendAsset', 'sendToEvmWithData'];
/** The type as a field of the action (`"type": "usdSend"`, `type: 'withdraw3'`, Go's `Type: "spotSend"`, `.put("type", "sendAsset")`). */
const TYPE_LITERAL = new RegExp(String.raw`\b[Tt]ype["']?[ \t]*(?::|=>|=|,)[ \t]*["'](?:${SENT_TYPES.join('|')})["']`, 'g');
/** Segments of a call that sends (`_build_sign_send`, `privatePostExchange`, `client.request`, `submit`). */
const SENDING = new Set(['send', 'post', 'request', 'submit', 'execute', 'broadcast', 'transact']);
/** A call by name, its receiver chain before it; only names holding a send word are split and judged. */
const CALL = /(?<![A-Za-z0-9_$])([A-Za-z_$][\w$]{0,60})(?:<[^<>()\n]{0,60}>)?[ \t]*\(/g;
const SEND_WORD = /send|post|request|submit|execute|broadcast|transact/i;
/** First words of a getter or an id maker (`getPostUrl`, `next_request_id`), last words of what a call only makes (`…_id`, `…Url`). */
const NOT_SENDING_FIRST = new Set(['get', 'next', 'make', 'new', 'to', 'is', 'has']);
const NOT_SENDING_LAST = new Set(['id', 'ids', 'url', 'uri', 'body', 'params', 'headers', 'payload', 'type', 'types']);
/**
 * A function's head: the search for the sending call stops at the next function. Keyword heads (Python, JS, Go, Rust,
 * Kotlin, PHP), a method with a body (Java/C#/C++ with a return type, JS/TS class methods), an arrow function, a
 * parameter list closed on its own line (`) {`, `): R {`), a C# head whose brace is on the next line, or a type's head.
 */
const NEXT_HEAD = /^[ \t]*(?:(?:pub(?:\([^()\n]*\))?|async|export|public|private|protected|static|override|suspend)[ \t]+)*(?:def|function|func|fn|fun)[ \t]|^[ \t]*(?:[\w$<>[\],.?]+[ \t]+)*(?!(?:if|for|while|switch|catch|return|else|using|lock|foreach)\b)[A-Za-z_$][\w$]*[ \t]*\([^()\n]*\)[ \t]*(?::[^{\n]*)?(?:throws[^{\n]*)?\{[ \t]*$|=>[ \t]*\{?[ \t]*$|^[ \t]*\)[ \t]*(?::[^{\n]*)?\{[ \t]*$|^[ \t]*(?:public|private|protected|internal)[ \t][^=;\n]*\([^;\n]*\)[ \t]*$|^[ \t]*(?:export[ \t]+)?(?:interface|class|enum|struct|impl|trait)\b/m;
/** How far below an action's type its send is looked for, in lines. */
const MAX_LINES = 40;

/** The text from `from` to the end of its function, at most `lines` lines (200 characters each) ahead. */
export function aheadInFunction(text: string, from: number, lines: number): string {
  let end = from;
  for (let i = 0; i < lines && end !== -1; i++) end = text.indexOf('\n', end + 1);
  const ahead = text.slice(from, Math.min(end === -1 ? text.length : end, from + lines * 200));
  // The rest of `from`'s own line is never a head; from the next line on, a head ends the search. A minified line
  // is read 2,000 characters ahead only: a window of 8,000 per match made such a line slow (#22).
  const nl = ahead.indexOf('\n');
  if (nl === -1 || nl > 2000) return ahead.slice(0, 2000);
  const head = nl === -1 ? null : NEXT_HEAD.exec(ahead.slice(nl + 1));
  return head ? ahead.slice(0, nl + 1 + head.index) : ahead;
}

/** True when the offset's line, before it, opens a comment (`#`, `//`, `*`): a call commented out sends nothing. */
export function commentedOut(text: string, at: number): boolean {
  return /(?:^|[ \t])(?:#|\/\/)|^[ \t]*\*/.test(linesAbove(text, at, 1, 300));
}

/**
 * Offset of the first call after `from` that sends (within 40 lines, in the same function), or -1. With `signedHelper`,
 * a client's signed-request helper counts too (`this._private(params, cb)`, `private_api(…)`): what an old
 * exchange client sends its commands through.
 */
export function sendingCallAfter(text: string, from: number, signedHelper = false): number {
  const ahead = aheadInFunction(text, from, MAX_LINES);
  const word = signedHelper ? SEND_OR_PRIVATE : SEND_WORD;
  // Most windows hold no send word at all: no call is split then.
  if (!word.test(ahead)) return -1;
  for (const m of ahead.matchAll(CALL)) {
    if (!word.test(m[1])) continue;
    const segs = nameSegments(m[1]);
    if (NOT_SENDING_FIRST.has(segs[0]) || NOT_SENDING_LAST.has(segs[segs.length - 1]) || commentedOut(text, from + m.index)) continue;
    // A helper that builds or signs the request (`buildPostForm(&params)`) comes before the one that sends it;
    // `build_sign_send` and `signAndSend` end in their send.
    if (signedHelper && PREPARES.has(segs[0]) && !SENDING.has(segs[segs.length - 1])) continue;
    // A signer named for what it signs (`sign_send_asset_action`) sends nothing; `build_sign_send` and `signAndSend` do.
    const signs = segs.some((s) => /^sign(?:ed|ature)?$/.test(s));
    if (signs ? SENDING.has(segs[segs.length - 1]) : segs.some((s) => SENDING.has(s) || (signedHelper && s === 'private'))) return from + m.index;
  }
  return -1;
}

const SEND_OR_PRIVATE = /send|post|request|submit|execute|broadcast|transact|private/i;
/** First words of a helper that prepares a request for a signed helper to send. */
const PREPARES = new Set(['build', 'make', 'sign', 'create', 'prepare']);

/** Keeps a sending call that is the first one after a sent action's type literal above it. */
const sendsActionAbove: Validator = {
  name: 'sends-action-above',
  reach: { before: MAX_LINES * 200, after: 0 },
  test: (_v, ctx) => {
    const literal = matchesAbove(ctx.text, ctx.start, MAX_LINES, TYPE_LITERAL).pop();
    if (literal === undefined) return false;
    return sendingCallAfter(ctx.text, literal.at + literal.m[0].length) === ctx.start;
  },
};

/** The literal at a match is one of TYPE_LITERAL's (its field named `type`). */
const TYPE_LITERAL_AT = new RegExp(String.raw`\b[Tt]ype["']?[ \t]*(?::|=>|=|,)[ \t]*["'](?:${SENT_TYPES.join('|')})["']$`);

/** Drops an action's type literal whose action a call below sends: that call is reported (withdraw/signed-action). */
export const notSentBelow: Validator = {
  name: 'not-sent-below',
  reach: { before: 0, after: MAX_LINES * 200 },
  test: (value, ctx) => !SENT_TYPES.includes(value) || !TYPE_LITERAL_AT.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.end + 1)) || sendingCallAfter(ctx.text, ctx.end) === -1,
};

/** Hyperliquid's signed sends reported at the call that sends them (one request, one fact). */
export const withdrawSignedAction = defineDetector({
  id: 'withdraw/signed-action',
  title: 'signed action that sends funds to another address',
  severity: 'warning',
  role: 'endpoint',
  message: 'Call {name}(…) sends a signed {exchange} action that moves funds to another address.',
  risk: 'A withdrawal or send to an address the action names: whoever controls this code or its key can move the account\'s funds out.',
  advice: WITHDRAW_ADVICE,
  keywords: SENT_TYPES.map((t) => t.toLowerCase()),
  validate: [notInComment, notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [
    {
      re: rx(ANY_CALL),
      name: /[Ss]end|[Pp]ost|[Rr]equest|[Ss]ubmit|[Ee]xecute|[Bb]roadcast|[Tt]ransact|SEND|POST|REQUEST/,
      linesAfter: MAX_LINES,
      exchange: 'Hyperliquid',
      requires: { fileContains: ['hyperliquid'] },
      validate: [sendsActionAbove],
    },
  ],
  examples: {
    positive: [
      { text: `# hyperliquid\ndef transfer_usd(self, destination, amount):\n    action = {\n        "type": "usdSend",\n        "destination": destination,\n        "amount": str(amount),\n        "time": int(time.time() * 1000),\n    }\n    return self.⟦_build_sign_send⟧(action)`, path: 'client.py' },
      { text: `// hyperliquid\nfunc (s *SDK) Withdraw(amount any, to string) (map[string]any, error) {\n\taction := map[string]any{\n\t\t"type":        "withdraw3",\n\t\t"destination": to,\n\t\t"time":        time.Now().UnixMilli(),\n\t}\n\treturn s.⟦buildSignSend⟧(action, nil)\n}`, path: 'sdk.go' },
      { text: `// hyperliquid\npub async fn send_asset(&self, to: &str) -> Result<Value> {\n    let action = json!({\n        "type": "sendAsset",\n        "destination": to,\n    });\n    self.inner.⟦build_sign_send⟧(&action, None).await\n}`, path: 'src/client.rs' },
      // Signed first, then sent inside the request body: the request is the send.
      { text: `# hyperliquid\nasync def usd_send(self, dest, amount):\n    action = {'type': 'usdSend', 'destination': dest, 'amount': amount}\n    sig = sign_usd_send_action(self.wallet, action)\n    return await self.client.⟦request⟧({\n        'action': action,\n        'signature': sig,\n    })`, path: 'exchange/usd_send.py' },
      { text: `# hyperliquid\nrequest = {\n    'action': {\n        'destination': to,\n        'type': 'withdraw3',\n    },\n    'nonce': nonce,\n}\nresponse = self.⟦privatePostExchange⟧(request)`, path: 'hyperliquid.py' },
    ],
    negative: [
      // A builder that returns the action; an own-account class transfer; a type compared; no Hyperliquid in the file.
      { text: `# hyperliquid\ndef usd_send_action(dest, amount):\n    return {"type": "usdSend", "destination": dest, "amount": amount}\n\ndef post_order(self, o):\n    return self.post("/exchange", o)`, path: 'actions.py' },
      { text: `# hyperliquid\naction = {"type": "usdClassTransfer", "amount": amt, "toPerp": True}\nreturn self._build_sign_send(action)`, path: 'client.py' },
      { text: `// hyperliquid\nif (a.type === "usdSend") {\n  send(a);\n}`, path: 'ledger.ts' },
      { text: `action = {"type": "usdSend", "destination": dest}\nreturn self._build_sign_send(action)`, path: 'client.py' },
      { text: `# hyperliquid\naction = {"type": "withdraw3", "destination": dest}\nsig = sign_user_signed_action(action, wallet)\nreturn sig`, path: 'sign.py' },
      // The next method's definition, an id maker, a send commented out (review): none sends this action.
      { text: `// hyperliquid\nclass Api {\n  static ObjectNode usdSend(String to) {\n    return node("type", "usdSend").put("destination", to);\n  }\n  public JsonNode postOrder(OrderRequest o) {\n    return http.post("/exchange", o);\n  }\n}`, path: 'Api.java' },
      { text: `// hyperliquid\nconst usdSend = (to, n) => ({ type: "usdSend", destination: to, amount: n });\nconst post = (body) => {\n  return http.post("/exchange", body);\n};`, path: 'actions.js' },
      { text: `# hyperliquid\ndef usd_send_action(self, to, n):\n    req_id = self.next_request_id()\n    # self._post_action(action)\n    return {"type": "usdSend", "destination": to, "amount": n, "id": req_id}`, path: 'actions.py' },
    ],
  },
});
