// A script's own sender handed to another function of the file, which calls it: a batch runner
// `run_batch(w3, send_native, path)` whose body loops `sender(w3, row_to, row_amount)`, where `send_native` signs and
// broadcasts to its destination parameter. Both calls move funds: the runner's call names the sender, the parameter's
// call is where each transfer happens. Also a send wrapper of any name (`fabi(key, me, to_key)`, a transliterated verb)
// whose body puts a parameter in the transaction's `to`. Within one file only, in files that broadcast somewhere.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { cachedFunctionBody as functionBody } from '../../judge/enclosingFunction';
import { callArguments } from '../../judge/callArguments';
import { cachedFunctionSpans, enclosingSpan } from '../../judge/functionSpans';
import { isPublicTestValue } from '../../judge/publicTestValues';
import { TextMemo } from '../../judge/textMemo';
import { rx } from '../fragments';
import { isLocalSendWrapper, SEND_SINKS } from './sendWrapper';
import { lineStartWithin } from '../../text/linesAbove';

/** A bare call (no receiver, not a definition's head). */
const BARE_CALL = String.raw`(?<![A-Za-z0-9_$.>:@])(?<name>[A-Za-z_][A-Za-z0-9_]{1,40})[ \t]*\(`;
/** Names that never send (builtins, loggers, sleeps): cheap to drop before any body is read. */
const NEVER = /^(?:print|len|range|int|str|float|bool|dict|list|tuple|set|open|sleep|input|round|abs|min|max|sum|map|filter|zip|enumerate|isinstance|super|format|require|console|parseInt|parseFloat|Number|String|Boolean|setTimeout)$/;

/** True when a function of this name is defined in the file (its spans are cached per text). */
function definedHere(text: string, kind: Parameters<typeof cachedFunctionSpans>[1], name: string): boolean {
  // A set per text: a file of many functions asks about each of its calls.
  return DEFINED.get(text, kind, () => new Set(cachedFunctionSpans(text, kind).map((s) => s.name))).has(name);
}

const DEFINED = new TextMemo<Set<string>>();

// Answers per (text, name): every bare call of a file is validated, so each helper is read once, not once per call.
const SENDERS = new TextMemo<boolean>();
const TO_PARAMETER = new TextMemo<boolean>();
const DEV_KEYS = new TextMemo<string[]>();
const CALL_SITES = new TextMemo<Array<{ index: number; args: string[] }>>();
const FILLED_WITH_SENDER = new TextMemo<boolean>();

/** A sender handed over: a send wrapper by name and parameters, or one of any name that sends to a parameter. */
function isSender(text: string, name: string): boolean {
  return SENDERS.get(text, name, () => isLocalSendWrapper(text, name) || sendsToParameter(text, name));
}

/** True when the function signs and broadcasts a transaction whose `to` is one of its parameters (`to=to_key`, `"to": dest`). */
function sendsToParameter(text: string, name: string): boolean {
  return TO_PARAMETER.get(text, name, () => readsSendToParameter(text, name));
}

/** sendsToParameter, uncached. */
function readsSendToParameter(text: string, name: string): boolean {
  const def = functionBody(text, name);
  if (!def || !SEND_SINKS.some((s) => def.body.includes(s))) return false;
  if (signsWithDevKey(text, def.body)) return false;
  return def.params.some((p) => new RegExp(String.raw`(?:\bto|["']to["'])[ \t]*[=:][ \t]*${p.replace(/\$/g, '\\$')}\b`).test(def.body));
}

/** True when the body uses a name the file assigns a well-known dev-chain key (Hardhat's, Anvil's): a local chain's payout. */
function signsWithDevKey(text: string, body: string): boolean {
  return devKeyNames(text).some((name) => new RegExp(String.raw`(?<![\w$])${name}(?![\w$])`).test(body));
}

/** The names the file assigns a well-known dev-chain key, read once per text. */
function devKeyNames(text: string): string[] {
  return DEV_KEYS.get(text, '', () => [...text.matchAll(/(?<![\w$])([A-Za-z_][\w]{0,40})[ \t]*(?::[^=\n]{0,30})?=[ \t]*["'`]((?:0x)?[0-9a-fA-F]{64})["'`]/g)]
    .filter((m) => isPublicTestValue(m[2])).map((m) => m[1]));
}

/** The file's bare calls of a name with their arguments, indexed once per text. */
function callSites(text: string, name: string): Array<{ index: number; args: string[] }> {
  return CALL_SITES.get(text, name, () => [...text.matchAll(new RegExp(String.raw`(?<![A-Za-z0-9_$.>:@])${name}[ \t]*\(`, 'g'))]
    .map((m) => ({ index: m.index, args: callArguments(text, m.index + m[0].length - 1) })));
}

/** The call is outside the named function's own body and is not its head. */
function outside(text: string, name: string, at: number): boolean {
  const def = functionBody(text, name);
  const head = lineStartWithin(text, at);
  return !!def && !/\b(?:def|function|func)[ \t]+$/.test(text.slice(head, at)) && !(at >= def.start && at < def.end);
}

/** Keeps a call of a runner of this file handed a sender of this file at a parameter the runner calls. */
const handsOverSender: Validator = {
  name: 'hands-over-a-sender',
  reach: { before: 20000, after: 20000 },
  test: (value, ctx) => {
    if (NEVER.test(value) || !definedHere(ctx.text, ctx.kind, value) || !outside(ctx.text, value, ctx.start)) return false;
    const runner = functionBody(ctx.text, value);
    if (!runner) return false;
    const args = callArguments(ctx.text, ctx.text.indexOf('(', ctx.end));
    return args.some((a, i) => /^[A-Za-z_][\w]*$/.test(a) && a !== value && runner.params[i] !== undefined
      && new RegExp(String.raw`(?<![\w$.])${runner.params[i]}[ \t]*\(`).test(runner.body) && definedHere(ctx.text, ctx.kind, a) && isSender(ctx.text, a));
  },
};

/** Keeps a call of a parameter that the file's calls of the enclosing function fill with a sender of this file. */
const calledParameterIsSender: Validator = {
  name: 'called-parameter-is-a-sender',
  reach: { before: 20000, after: 20000 },
  test: (value, ctx) => {
    const enclosing = enclosingSpan(cachedFunctionSpans(ctx.text, ctx.kind), ctx.start, 0, true);
    const runner = enclosing && functionBody(ctx.text, enclosing.name);
    const index = runner ? runner.params.indexOf(value) : -1;
    if (!enclosing || index === -1) return false;
    // The same for every call of this parameter in this function: answered once per text.
    return FILLED_WITH_SENDER.get(ctx.text, `${ctx.kind}:${enclosing.start}:${enclosing.end}:${enclosing.name}:${index}`, () =>
      callSites(ctx.text, enclosing.name).some(({ index: at, args }) => !(at >= enclosing.start && at < enclosing.end)
        && !!args[index] && /^[A-Za-z_]\w*$/.test(args[index]) && definedHere(ctx.text, ctx.kind, args[index]) && isSender(ctx.text, args[index])));
  },
};

/** Keeps a bare call of a wrapper of any name whose body broadcasts to a parameter given as the transaction's `to`. */
const anyNameSender: Validator = {
  name: 'any-name-send-wrapper',
  reach: { before: 20000, after: 20000 },
  test: (value, ctx) => !NEVER.test(value) && definedHere(ctx.text, ctx.kind, value) && outside(ctx.text, value, ctx.start) && sendsToParameter(ctx.text, value),
};

const SINKS = { fileContains: SEND_SINKS.map((k) => k.toLowerCase()) };

/** The helper-call rule's patterns: a runner handed a sender, the runner's call of it, a sender of any name. No keyword: the
 * call lines name nothing; they run over the whole text, and only in files that broadcast (`requires`). */
export const SENDER_ARGUMENT_PATTERNS: PatternSpec[] = [
  { re: rx(String.raw`${BARE_CALL}(?=[^()\n]{0,200}?(?<![\w$.])(?:[a-z][A-Za-z0-9_]{0,30})?(?:send|transfer|Send|Transfer)[A-Za-z0-9_]{0,30}[ \t]*[,)])`), keywords: [], validate: [handsOverSender], requires: SINKS },
  { re: rx(String.raw`(?<![A-Za-z0-9_$.>:@])(?<name>(?:[a-z_][A-Za-z0-9_]{0,30})?(?:send|transfer|Send|Transfer|pay|Pay|func|Func|fn|Fn|callback|Callback)[A-Za-z0-9_]{0,30}|fn|func|callback|cb|sender)[ \t]*\(`), keywords: [], validate: [calledParameterIsSender], requires: SINKS },
  { re: rx(BARE_CALL), keywords: [], validate: [anyNameSender], requires: SINKS },
];

const SENDER = `def send_native(w3, to_address, amount):\n    tx = {"to": to_address, "value": w3.to_wei(amount, "ether"), "nonce": nonce()}\n    signed = w3.eth.account.sign_transaction(tx, KEY)\n    return w3.eth.send_raw_transaction(signed.raw_transaction)\n\n`;

/** Examples, for withdraw/helper-call's record. */
export const SENDER_ARGUMENT_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `${SENDER}def run_sheet(w3, sender, rows):\n    for r in rows:\n        ok = ⟦sender⟧(w3, r["to"], r["amount"])\n\nif choice == "2":\n    ⟦run_sheet⟧(w3, send_native, load("payouts.xlsx"))`, path: 'multi.py' },
    { text: `def gift(key, me, to_key):\n    s = w3.eth.account.sign_transaction(dict(nonce=n(me), to=to_key, value=w3.to_wei(1, "milli"), gas=21000), key)\n    w3.eth.send_raw_transaction(s.rawTransaction)\n\nfor line in targets:\n    ⟦gift⟧(KEY, ME, line.strip())`, path: 'drop.py' },
  ],
  negative: [
    // A runner handed a sender it never calls (a menu that only lists it), a callback that logs, a sender's own retry.
    { text: `${SENDER}def show_menu(w3, sender, rows):\n    print(sender.__name__, len(rows))\n\nshow_menu(w3, send_native, rows)`, path: 'multi.py' },
    { text: `def log_transfer(w3, row):\n    print(row)\n\ndef run_sheet(w3, callback, rows):\n    for r in rows:\n        callback(w3, r)\n\nrun_sheet(w3, log_transfer, rows)\nh = w3.eth.send_raw_transaction(raw)`, path: 'multi.py' },
    // A function of any name whose transaction goes to a fixed address, not to a parameter (a sweep to the owner).
    { text: `def fabi(key, me):\n    s = w3.eth.account.sign_transaction(dict(nonce=n(me), to=VAULT, value=bal(me)), key)\n    w3.eth.send_raw_transaction(s.rawTransaction)\n\nfabi(KEY, ME)`, path: 'sweep.py' },
    // A payout signed with a well-known dev-chain key (Hardhat's first account): a local chain.
    { text: `DEV_PK = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"\n\ndef pay_agent(account, amount):\n    signed = w3.eth.account.sign_transaction({"to": account, "value": amount}, DEV_PK)\n    return w3.eth.send_raw_transaction(signed.raw_transaction)\n\npay_agent(agent, 5)`, path: 'server.py' },
    { text: `def check(to_key):\n    return w3.eth.get_balance(to_key)\n\nok = check(addr)\nh = w3.eth.send_raw_transaction(raw)`, path: 'check.py' },
  ],
};
