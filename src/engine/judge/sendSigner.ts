// Whether a send call carries its own signer. The send-call shape alone is information (a ledger entry between two
// users looks the same); a send handed a private key, keypair, seed or keystore password, made on a client built
// from one, or whose result is submitted on the spot (`.send()`, `.inject()`) signs a transaction that moves funds.
import { callArguments, callEnd } from './callArguments';
import { lineStartWithin } from '../text/linesAbove';

/** Identifiers that hold signing material; `pk`/`kp` only as whole words (never `pkg`, `kpi`). */
const SIGNER = /private_?key|priv_?key|secret_?key|signing_?key|signer|key_?pair|\bkp\b|\bpk\b|mnemonic|\bseed\b|keystore|password|passphrase|\bpwd\b|\bcredentials\b|new[ \t]+Account[ \t]*\(/i;
/** The call's result submitted at once: `transfer(…).send()`, `.inject()`, `.broadcast()`, `.autofill().sign()`. */
const SUBMITTED = /^[ \t]*\r?\n?[ \t]*\.[ \t]*(?:send|inject|broadcast|submit|sign)[ \t]*\(/;

/** The receiver chain before the call's name: its own line, with the line above when this one continues it (`⏎  .transfer(`). */
function receiverOf(text: string, nameStart: number): string {
  let from = lineStartWithin(text, nameStart);
  if (/^[ \t]*\.$/.test(text.slice(from, nameStart).trimEnd() || '.') && from > 0) from = lineStartWithin(text, from - 1);
  return text.slice(Math.max(from, nameStart - 240), nameStart);
}

/** The public half of a key pair names the sender's address, it signs nothing (`keypair.pubkey()`, `signer.address`). */
const PUBLIC_PART = /[A-Za-z_$][\w$]*[ \t]*\.[ \t]*(?:pubkey|public_?key|publicKey|PublicKey|pub_?key|address|get_?address|getAddress)\b(?:[ \t]*\(\))?/g;
/** A destination named for the wallet's own (a deposit swept to the master wallet): no payee, see payee.ts. */
const OWN_DEST = /(?:master|hot_?wallet|main_?wallet|cold|own|self)[\w$]*[ \t]*$/i;
/** A destination argument: a named one (`destinationAddress = x`, `to_=x`) read by its value. */
const DEST_KEY = /^[ \t]*(?:to_?|dest\w*|destination\w*|recipient\w*|receiver\w*)[ \t]*[=:][ \t]*/i;

/** True when a send's arguments hand over a destination, and every named destination is the wallet's own. */
function paysHome(args: string[]): boolean {
  const dests = args.filter((a) => DEST_KEY.test(a)).map((a) => a.replace(DEST_KEY, ''));
  return dests.length > 0 && dests.every((d) => OWN_DEST.test(d));
}

/** True when the send at `nameStart` (its `(` at `open`) is handed a signer, made on a signing client, or submitted at once. */
export function carriesSigner(text: string, nameStart: number, open: number): boolean {
  if (open === -1) return false;
  // A sender forwarding to another (`return transfer(key, to, value)`): its own callers are the sites.
  if (/(?:^|[^\w$.])return[ \t]+(?:await[ \t]+)?$/.test(text.slice(Math.max(0, nameStart - 30), nameStart))) return false;
  const list = callArguments(text, open);
  if (paysHome(list)) return false;
  const args = list.join(', ').replace(PUBLIC_PART, '');
  if (SIGNER.test(args) || SIGNER.test(receiverOf(text, nameStart).replace(PUBLIC_PART, ''))) return true;
  const close = callEnd(text, open);
  return close !== -1 && SUBMITTED.test(text.slice(close, close + 80));
}
