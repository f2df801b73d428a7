// More reasons an on-chain send deserves a warning, read outside the call itself: a faucet (code that pays
// whoever asks), a helper whose destination parameter its callers fill with an address literal, and a helper its
// callers use to withdraw or sweep (called from a withdraw function, or handed the wallet's balance).
import { callArguments } from './callArguments';
import { enclosingName, functionBody } from './enclosingFunction';
import { TextMemo } from './textMemo';
import { callsOf } from './callIndex';
import { lineOf } from './sendShape';

/** A faucet class anywhere in the file (`class Faucet`, `class TokenFaucet`). */
const FAUCET_CLASS = /\bclass[ \t]+[A-Za-z0-9_$]*Faucet\b/;
/** A faucet object or account used by the function that sends (`faucet.address0`, `faucetWallet.send`, `sign(faucetPrivkey)`). */
const FAUCET_USE = /(?<![A-Za-z0-9_$])faucet(?:[A-Za-z0-9_$]*[ \t]*\.|_?(?:priv|private|secret|key|address|addr|account|acct|wallet|signer)[A-Za-z0-9_$]*)/i;

/** True when the send pays out of a faucet: the file defines one, or the sending function uses its account. */
export function paysFromFaucet(text: string, local: string): boolean {
  const file = FAUCET_FILE.get(text, '', () => (!/faucet/i.test(text) ? 'none' : FAUCET_CLASS.test(text) ? 'class' : 'named'));
  return file === 'class' || (file === 'named' && FAUCET_USE.test(local));
}

/** Per text: no faucet, a faucet class, or the word only (asked at every send). */
const FAUCET_FILE = new TextMemo<'none' | 'class' | 'named'>();

/** The parameter names of a function head (`const pay = async (src, dst, n) => {`, `def pay(self, to, n):`). */
function params(head: string): string[] {
  const list = /\(([^()]*)\)/.exec(head)?.[1] ?? '';
  return list.split(',').map((p) => p.trim().replace(/[:=].*$/, '').replace(/^\*+/, '').trim());
}

/**
 * True when `dest` is a parameter of the function whose head is `head`, and a call of that function in the same
 * text passes an address literal at that place (`transfer(wallet, key, "EQB…", "0.1")`): a fixed destination.
 */
export function paramGivenLiteral(text: string, head: string | undefined, dest: string, literal: (arg: string, line: number) => boolean): boolean {
  if (!head || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(dest)) return false;
  const name = /(?:\bdef|\bfunction|\bfunc|\bconst|\blet|\bvar)[ \t]+([A-Za-z_$][A-Za-z0-9_$]*)/.exec(head)?.[1];
  if (!name) return false;
  const index = params(head).indexOf(dest);
  if (index === -1) return false;
  // A method's callers do not pass `self`.
  const shift = params(head)[0] === 'self' ? 1 : 0;
  for (const m of callsOf(text, name)) {
    const args = callArguments(text, m.open);
    const arg = args[index - shift];
    if (arg !== undefined && literal(arg, lineOf(text, m.index))) return true;
  }
  return false;
}

/**
 * Why the callers of the function that sends at `at` make its send risky, if they do: a call of it in the same text from
 * a function whose name `payoutHead` matches (`def withdraw(…): … send_sol(addr, amt)`), or with an argument fed
 * by the balance (`balanceArg(arg, line)`).
 */
export function callerGivesRisk(text: string, at: number, payoutHead: RegExp, balanceArg: (arg: string, line: number) => boolean, indented = false): string | undefined {
  const name = enclosingName(text, at, indented, 60);
  if (!name || payoutHead.test(name)) return undefined;
  for (const m of callsOf(text, name)) {
    // A definition is not a call (`def send_sol(`, `function sendSol(`).
    if (/(?:\bdef|\bfunction|\bfunc|\bfn)[ \t]+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const caller = enclosingName(text, m.index, indented, 60);
    if (caller && caller !== name && payoutHead.test(caller)) return 'withdraw-caller';
    const line = lineOf(text, m.index);
    if (callArguments(text, m.open).some((a) => balanceArg(a, line))) return 'balance-caller';
  }
  return undefined;
}

/** An on-chain send inside a function body (the calls withdraw/onchain.ts reads as sends). */
const SEND_IN_BODY = /[.](?:send_transaction|sendTransaction|send_raw_transaction|sendRawTransaction|sendSignedTransaction|SendTransaction)[ \t]*\(|(?<![A-Za-z0-9_$])sendAndConfirmTransaction[ \t]*\(|[.]trx[.]transfer[ \t]*\(|[.](?:functions|methods)[.]transfer[ \t]*\(|SystemProgram[.]transfer[ \t]*\(/;

/**
 * True when `name`, called at `at`, is a function of this text whose body makes an on-chain send, and the call sits
 * in a function whose name `payoutHead` matches (`def withdraw(…): … tx = send_token(mint, addr, amt)`).
 */
export function sendHelperCalledToWithdraw(text: string, at: number, name: string, payoutHead: RegExp, indented = false): boolean {
  const caller = enclosingName(text, at, indented, 60);
  if (!caller || caller === name || !payoutHead.test(caller)) return false;
  // Its own body only (to its dedent or closing brace): a send in the function after it is not its send.
  const def = functionBody(text, name, 150);
  return def !== undefined && SEND_IN_BODY.test(def.body);
}
