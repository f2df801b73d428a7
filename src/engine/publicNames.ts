// Names that say a value is public by design. A 64-hex value named `walletTxId`, `txHash` or
// `transactionHash` is a transaction hash, one named `signerPubkey` a public key: never a private key,
// whatever the other words of the name (`wallet`, `signer`) suggest.

/**
 * Public-value words anywhere in a name (case-insensitive): hashes, transaction ids (`tx`, `txid`, `TxId`,
 * `txn`), blocks, receipts, addresses, public keys.
 */
export const PUBLIC_VALUE_NAME = /hash|^tx|[_.-]tx|tx(?:id|n|s)?(?![a-z])|transaction|receipt|block|address|addr(?![a-z])|pub_?key|public/i;

/** True when a name means a public value (see PUBLIC_VALUE_NAME). */
export function isPublicValueName(name: string): boolean {
  return PUBLIC_VALUE_NAME.test(name);
}
