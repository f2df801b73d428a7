// Cross-chain bridges' send functions: each moves the caller's funds off this chain to the address it is given on
// another (often the sender's own there, but the code names it and the key that signs it can name any). From each
// protocol's contract documentation, with the index of the recipient argument in the contract's own signature.

/** A bridge send function: its protocol and where its recipient is among the contract call's arguments. */
export interface BridgeSend {
  protocol: string;
  recipient: number;
}

/** Bridge send functions by contract function name. */
export const BRIDGE_SENDS: Readonly<Record<string, BridgeSend>> = {
  // Circle CCTP TokenMessenger: depositForBurn(amount, destinationDomain, mintRecipient, burnToken, …).
  depositForBurn: { protocol: 'Circle CCTP', recipient: 2 },
  depositForBurnWithCaller: { protocol: 'Circle CCTP', recipient: 2 },
  depositForBurnWithHook: { protocol: 'Circle CCTP', recipient: 2 },
  // Polygon zkEVM / AggLayer bridge: bridgeAsset(destinationNetwork, destinationAddress, amount, token, …).
  bridgeAsset: { protocol: 'Polygon bridge', recipient: 1 },
  // OP Stack standard bridges: depositETHTo(_to, …), depositERC20To(_l1Token, _l2Token, _to, _amount, …), and the
  // L2 → L1 and generic forms bridgeETHTo(_to, …), bridgeERC20To(_localToken, _remoteToken, _to, _amount, …).
  depositETHTo: { protocol: 'OP Stack bridge', recipient: 0 },
  depositERC20To: { protocol: 'OP Stack bridge', recipient: 2 },
  bridgeETHTo: { protocol: 'OP Stack bridge', recipient: 0 },
  bridgeERC20To: { protocol: 'OP Stack bridge', recipient: 2 },
  // Across SpokePool: depositV3(depositor, recipient, inputToken, outputToken, …).
  depositV3: { protocol: 'Across', recipient: 1 },
  // Hop L1 bridge: sendToL2(chainId, recipient, amount, …).
  sendToL2: { protocol: 'Hop', recipient: 1 },
  // LayerZero gas refuel (Merkly): bridgeGas(_dstChainId, _toAddress, _adapterParams).
  bridgeGas: { protocol: 'LayerZero refuel', recipient: 1 },
};

/** The bridge send a contract function name calls, if it is one. */
export function bridgeSendOf(name: string): BridgeSend | undefined {
  return Object.prototype.hasOwnProperty.call(BRIDGE_SENDS, name) ? BRIDGE_SENDS[name] : undefined;
}
