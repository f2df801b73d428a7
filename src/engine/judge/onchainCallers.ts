// Two more reasons an on-chain send deserves a warning, read outside the call itself: a faucet (code that pays
// whoever asks), and a helper whose destination parameter its callers fill with an address literal.
import { callArguments } from './callArguments';

/** A faucet class anywhere in the file (`class Faucet`, `class TokenFaucet`). */
const FAUCET_CLASS = /\bclass[ \t]+[A-Za-z0-9_$]*Faucet\b/;
/** A faucet object or account used by the function that sends (`faucet.address0`, `faucetWallet.send`). */
const FAUCET_USE = /(?<![A-Za-z0-9_$])faucet[A-Za-z0-9_$]*[ \t]*\./i;

/** True when the send pays out of a faucet: the file defines one, or the sending function uses its account. */
export function paysFromFaucet(text: string, local: string): boolean {
  if (!/faucet/i.test(text)) return false;
  return FAUCET_CLASS.test(text) || FAUCET_USE.test(local);
}

/** The parameter names of a function head (`const pay = async (src, dst, n) => {`, `def pay(self, to, n):`). */
function params(head: string): string[] {
  const list = /\(([^()]*)\)/.exec(head)?.[1] ?? '';
  return list.split(',').map((p) => p.trim().replace(/[:=].*$/, '').replace(/^\*+/, '').trim());
}

/**
 * True when `dest` is a parameter of the function whose head is `head`, and a call of that function in the same
 * text passes an address literal at that place (`transfer(wallet, key, "EQB…", "0.1")`): a fixed destination.
 */
export function paramGivenLiteral(text: string, head: string | undefined, dest: string, literal: RegExp): boolean {
  if (!head || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(dest)) return false;
  const name = /(?:\bdef|\bfunction|\bfunc|\bconst|\blet|\bvar)[ \t]+([A-Za-z_$][A-Za-z0-9_$]*)/.exec(head)?.[1];
  if (!name) return false;
  const index = params(head).indexOf(dest);
  if (index === -1) return false;
  // A method's callers do not pass `self`.
  const shift = params(head)[0] === 'self' ? 1 : 0;
  const calls = new RegExp(String.raw`(?<![A-Za-z0-9_$.])${name}[ \t]*\(`, 'g');
  let seen = 0;
  for (const m of text.matchAll(calls)) {
    if (++seen > 20) break;
    const args = callArguments(text, m.index + m[0].length - 1);
    const arg = args[index - shift];
    if (arg !== undefined && literal.test(arg)) return true;
  }
  return false;
}
