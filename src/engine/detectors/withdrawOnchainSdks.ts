// More chains' send calls as data (tronweb, TON's tonweb/pytoniq/tonutils, monero-wallet-rpc clients, web3.py's
// encoded token transfer), each behind its own keyword and the library's name in the file. Shared by the warning
// (risky shape) and the information (ordinary transfer) detectors of withdrawOnchain.ts.
import type { PatternSpec, Validator } from '../defineDetector';
import type { ShapeKind } from '../judge/onchainRisk';
import { rx } from './fragments';
import { notDefinedHere } from './withdrawHelperCalls';

/** Files of a TON library. */
const TON_LIBS = ['tonweb', 'pytoniq', 'tonutils', 'tonsdk', '@ton/', 'ton-core', 'tonapi', 'toncenter'];
/** Files of a Monero wallet client (monero-wallet-rpc's `transfer` / `transfer_split`). */
const MONERO_LIBS = ['monero'];

/** The sends of these SDKs; `risk(kind, risky)` keeps the risky (or the ordinary) shapes. */
export function sdkSendPatterns(risky: boolean, risk: (kind: ShapeKind, risky: boolean) => Validator): PatternSpec[] {
  return [
    // tronweb: `tronWeb.transactionBuilder.sendTrx(to, amount, from)`, `sendToken(to, amount, tokenId)`.
    {
      re: rx(String.raw`transactionBuilder[.](?<name>sendTrx|sendToken|sendAsset)[ \t]*\(`),
      keywords: ['transactionbuilder.send'],
      validate: [risk('to-first', risky)],
      requires: { fileContains: ['tronweb'] },
    },
    // TON (pytoniq, tonutils): `wallet.transfer(destination=…, amount=…)`, `wallet.transfer_jetton(…)`.
    {
      re: rx(String.raw`[.](?<name>transfer|transfer_jetton|transfer_nft|transfer_ton)[ \t]*\((?=[^()]{0,200}destination)`),
      keywords: ['transfer'],
      validate: [risk('fields', risky)],
      requires: { fileContains: TON_LIBS },
    },
    // TON batch transfers (one message, many payees): `batch_transfer(data_list=[…])`, a highload wallet's
    // `transfer_jetton(data_list=[…])`; always a payout.
    {
      re: rx(String.raw`[.](?<name>batch_transfer|batch_jetton_transfer|batch_nft_transfer|transfer|transfer_jetton|transfer_nft)[ \t]*\((?=\s*data_list[ \t]*=)`),
      keywords: ['transfer'],
      validate: [risk('batch', risky)],
      requires: { fileContains: TON_LIBS },
    },
    // monero-wallet-rpc: `wallet.transfer([{"address": a, "amount": n}], account_index=0)`.
    {
      re: rx(String.raw`[.](?<name>transfer|transfer_split)[ \t]*\(`),
      keywords: ['transfer'],
      validate: [risk('fields', risky)],
      requires: { fileContains: MONERO_LIBS },
    },
    // web3.py / web3.js: a token transfer encoded by hand (`contract.encode_abi("transfer", args=[to, amount])`).
    {
      re: rx(String.raw`[.](?<name>encode_abi|encodeABI)[ \t]*\([ \t]*(?:fn_name[ \t]*=[ \t]*)?["']transfer["']`),
      keywords: ['encode_abi', 'encodeabi'],
      validate: [risk('contract-args', risky)],
      requires: { fileContains: ['web3'] },
    },
    // A bare helper called with an address literal in a chain file (`transfer(wallet, key, "EQB…", "0.1")`):
    // a fixed destination (only the warning: the call is the helper's, its send is reported where it is made).
    ...(risky
      ? [{
        re: rx(String.raw`(?<![A-Za-z0-9_$.])(?<name>transfer|send|sendTon|send_ton|transferTon|transfer_ton)[ \t]*\((?=[^()\n]{0,200}["'](?:0x[0-9a-fA-F]{40}|[EU]Q[A-Za-z0-9_-]{46}|T[1-9A-HJ-NP-Za-km-z]{33})["'])`),
        keywords: ['transfer', 'send'],
        validate: [notDefinedHere],
        requires: { fileContains: [...TON_LIBS, 'tronweb', 'tronpy', 'web3', 'ethers'] },
      }]
      : []),
  ];
}
