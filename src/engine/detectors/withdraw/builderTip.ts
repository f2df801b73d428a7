// Jito tips: a Solana bundle pays a small amount to one of the block engine's tip accounts for its inclusion. Labelled
// corpora call it fee-like, as gas is: a send to a tip account is neither a payout nor an ordinary transfer worth a
// note, and it makes no mover of the function around it (a swap that tips is a swap).
import { TextMemo } from '../../judge/textMemo';
import { assigned, norm } from './chainSendEnds';

/** A block builder's tip account, by name: Jito's (`JITO_TIP_ACCOUNTS[i]`, `tipAccount`, `jitoFeeWallet`). */
const BUILDER_TIP = /[Jj]ito|JITO|[Tt]ip_?[Aa]ccounts?(?![a-z])|TIP_ACCOUNTS?(?![A-Z])/;
/** Per text: whether it speaks of Jito or bundles (a tip bot's `tipAccount` is a user's, not a builder's). */
const BUNDLE_FILE = new TextMemo<boolean>();

/**
 * True when a destination is a block builder's tip account, named so or assigned from one: a fee for a bundle's
 * inclusion, paid like gas (labelled corpora call it fee-like), not a payout. Only in a file about Jito or bundles.
 */
export function isBuilderTip(text: string, dest: string, at: number): boolean {
  if (!BUNDLE_FILE.get(text, 'bundle', () => /jito|bundle/i.test(text))) return false;
  const d = norm(dest);
  if (BUILDER_TIP.test(d)) return true;
  // The variable inside a conversion (`new PublicKey(tip)`, `Pubkey::from_str(&tip)`), then its assignment.
  const name = /([A-Za-z_$][\w$]*)\)*$/.exec(d.replace(/^(?:self|this)\./, ''))?.[1];
  const rhs = name === undefined ? undefined : assigned(text, name, at);
  return rhs !== undefined && BUILDER_TIP.test(rhs);
}
