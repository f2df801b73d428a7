// Names that say a value is public by design. A 64-hex value named `walletTxId`, `txHash` or
// `transactionHash` is a transaction hash, one named `signerPubkey` a public key: never a private key,
// whatever the other words of the name (`wallet`, `signer`) suggest.
import type { Validator } from '../defineDetector';

/**
 * Public-value words anywhere in a name (case-insensitive): hashes, transaction ids (`tx`, `txid`, `TxId`,
 * `txn`), blocks, receipts, addresses, public keys.
 */
export const PUBLIC_VALUE_NAME = /hash|^tx|[_.-]tx|tx(?:id|n|s)?(?![a-z])|transaction|receipt|block|address|addr(?![a-z])|pub_?key|public/i;

/** True when a name means a public value (see PUBLIC_VALUE_NAME). */
export function isPublicValueName(name: string): boolean {
  return PUBLIC_VALUE_NAME.test(name);
}

/** The name a value is assigned to on its own line (`tx_hash = "…"`, `"txHash": "…"`, `txHash: '…'`), if any. */
export function nameBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 200), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /([A-Za-z_$][\w$.-]{0,80})["'`]?[ \t]*[:=][ \t]*(?:["'`]|b["']|0x)?$/.exec(line)?.[1];
}

/** Drops a value written right after a public-value name, for patterns that match without a name (key/secret pairs). */
export const notPublicNamed: Validator = {
  name: 'not-public-named',
  reach: { before: 0, after: 0 }, // the value's own line
  test: (_v, ctx) => {
    const name = nameBefore(ctx.text, ctx.start);
    return name === undefined || !isPublicValueName(name);
  },
};
