// Transfers that are not called withdrawals: between the user's own accounts (internal, universal) and to another
// address through an exchange's API (its destination is often the user's own account there). Both info, but
// Hyperliquid's SDK sends, which are withdrawal calls (HL_SEND_PATTERN); an on-chain send, whose destination the code
// names, warns when it pays a payee (onchain.ts).
import { notInComment } from '../../judge/codeContext';
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { SEND_ACTION_TYPE_PATTERNS } from './actionTypes';
import { code, CODE, END, EXCHANGE_LIBS } from './shared';

export const withdrawInternalTransfer = defineDetector({
  id: 'withdraw/internal-transfer',
  title: 'internal or universal transfer',
  severity: 'info',
  role: 'endpoint',
  message: 'Transfer between your own accounts ({name}) on {exchange}.',
  risk: 'Funds stay on the exchange, but the key needs transfer permission (permitsUniversalTransfer / internal transfer).',
  advice: 'Give transfer permission only to the key that needs it. If the call is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['transfer'],
  validate: [notInComment],
  files: CODE,
  patterns: [
    { re: rx(String.raw`(?<name>/?sapi/v1/(?:asset/transfer|sub-account/universalTransfer|sub-account/transfer/subToMaster|sub-account/transfer/subToSub))${END}`), exchange: 'Binance' },
    { re: rx(String.raw`(?<name>/?v5/asset/(?:transfer/inter-transfer|transfer/universal-transfer))${END}`), exchange: 'Bybit' },
    { re: rx(String.raw`(?<name>/?api/v5/asset/transfer)${END}`), exchange: 'OKX' },
    {
      re: rx(String.raw`\.(?<name>universal_transfer|universalTransfer|sapiPostAssetTransfer|sapi_post_asset_transfer|sub_account_universal_transfer|create_internal_transfer|createInternalTransfer|submitUniversalTransfer)[ \t]*\(`),
      requires: { fileContains: EXCHANGE_LIBS },
    },
    // Hyperliquid: sub-account, vault and perp/spot class transfers stay with the same owner.
    {
      re: rx(String.raw`\.(?<name>sub_account_transfer|sub_account_spot_transfer|vault_usd_transfer|usd_class_transfer|class_transfer|vault_transfer|subAccountTransfer|subAccountSpotTransfer|vaultTransfer|usdClassTransfer)[ \t]*\(`),
      keywords: ['transfer'],
      exchange: 'Hyperliquid',
      requires: { fileContains: ['hyperliquid'] },
    },
  ],
  examples: {
    positive: [
      code(`r = client.post(BASE + "⟦/sapi/v1/asset/transfer⟧", params={"type": "MAIN_UMFUTURE", "asset": "USDT", "amount": 10})`),
      code(`import ccxt\nex.⟦sapi_post_asset_transfer⟧({"type": "MAIN_UMFUTURE", "asset": "USDT", "amount": 10})`),
      code(`from pybit.unified_trading import HTTP\nsession.⟦create_internal_transfer⟧(transferId=t, coin="USDT", amount="5", fromAccountType="UNIFIED", toAccountType="FUND")`),
      code(`url := "⟦/v5/asset/transfer/inter-transfer⟧"`),
      code(`from hyperliquid.exchange import Exchange\nexchange.⟦usd_class_transfer⟧(250.0, True)`),
      { text: `use hyperliquid_rust_sdk::ExchangeClient;\nlet res = exchange_client.⟦class_transfer⟧(usdc, true, None).await;`, path: 'src/bin/class_transfer.rs' },
    ],
    negative: [
      code(`hist = client.get(BASE + "/sapi/v1/asset/transferHistory", params={"type": "MAIN_UMFUTURE"})`),
      code(`# /sapi/v1/asset/transfer moves funds between wallets`),
      code(`transfer_amount = 10  # binance`),
      code(`bank.universal_transfer(10)  # no exchange library here`),
    ],
  },
});

/**
 * Hyperliquid SDK methods that send USDC or a spot token to another address (Python SDK, Rust SDK, @nktkas/hyperliquid,
 * nomeida/hyperliquid, Java), and the TypeScript SDK's bridge withdrawal named by its action (`withdraw3({ destination, amount })`).
 */
const HL_SEND = String.raw`\.(?<name>usd_transfer|usdc_transfer|spot_transfer|send_asset|usdSend|spotSend|sendAsset|usdTransfer|spotTransfer|withdraw3)[ \t]*\(`;

/**
 * A dummy destination set just above (`0x1234567890…7890`, the zero address): the example demonstrates a send that
 * fails, as it says; it moves nothing.
 */
const notToDummy: Validator = {
  name: 'not-to-a-dummy-address',
  reach: { before: 800, after: 0 },
  test: (_v, ctx) => !/0x(?:1234567890){4}|0x0{40}(?![0-9a-fA-F])/.test(ctx.text.slice(Math.max(0, ctx.start - 800), ctx.start)),
};

/**
 * Hyperliquid's sends to another address, run by the withdrawal-call detector (calls.ts), at warning: the call moves
 * funds to the address it is given, in an SDK's example (a script the user runs as it is) and in a bot alike.
 */
export const HL_SEND_PATTERN: PatternSpec = {
  re: rx(HL_SEND),
  keywords: ['transfer', 'send', 'withdraw3'],
  exchange: 'Hyperliquid',
  validate: [notToDummy],
  requires: { fileContains: ['hyperliquid'] },
};

export const withdrawExternalTransfer = defineDetector({
  id: 'withdraw/external-transfer',
  title: 'transfer to another address',
  // Info, not warning: the destination is often the user's own wallet, and these keys are wallet keys rather
  // than exchange keys with a withdrawal switch; the secret-key rules already flag the key itself.
  severity: 'info',
  role: 'endpoint',
  message: 'Funds leave this account through {name}(…) on {exchange}.',
  risk: 'The destination may be any address, and the key needs permission to send funds.',
  advice: 'Check that the key running this code should be able to send funds, and that the destination is your own. If the call is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['transfer', 'send'],
  validate: [notInComment],
  files: CODE,
  patterns: [
    // Hyperliquid's sends as the type of the signed action an SDK builds, where no call below sends it (actionTypes.ts;
    // the SDK methods that send them are withdrawal calls: HL_SEND_PATTERN).
    ...SEND_ACTION_TYPE_PATTERNS,
    // Coinbase's v2 SDKs: send crypto to an address or email.
    { re: rx(String.raw`\.(?<name>send_money|sendMoney)[ \t]*\(`), exchange: 'Coinbase', keywords: ['send'], requires: { fileContains: ['coinbase'] } },
    // The Ruby gem's older `account.send(to:, amount:, currency:)`: keyword arguments, never Ruby's `send(:method)`.
    { re: rx(String.raw`\.(?<name>send)[ \t]*\((?=[ \t]*to:[^)\n]{1,200}\bamount:)`), exchange: 'Coinbase', keywords: ['send('], files: ['ruby'], requires: { fileContains: ['coinbase'] } },
    // Alpaca Broker API: an outgoing ACH or wire transfer from a customer account.
    { re: rx(String.raw`\.(?<name>create_transfer_for_account|createTransferForAccount)[ \t]*\(`), exchange: 'Alpaca', keywords: ['transfer'], requires: { fileContains: ['alpaca'] } },
  ],
  examples: {
    positive: [
      code(`from coinbase.wallet.client import Client\naccount.⟦send_money⟧(to=addr, amount="0.01", currency="BTC")`),
      { text: `require 'coinbase/wallet'\ntx = account.⟦send⟧(to: dest, amount: '0.002', currency: 'BTC')`, path: 'pay.rb' },
      code(`from alpaca.broker.client import BrokerClient\nbroker.⟦create_transfer_for_account⟧(account_id, req)  # OUTGOING`),
      // Hyperliquid's signed send actions by their type (a Java map, a Python dict, a TS object).
      { text: `// hyperliquid\nMap<String, Object> act = new HashMap<>();\nact.put("type", "⟦usdSend⟧");\nact.put("destination", to);`, path: 'Client.java' },
      { text: `from hyperliquid.utils.signing import sign_user_signed_action\naction = {"type": "⟦spotSend⟧", "destination": to, "amount": amt}`, path: 'pay.py' },
      { text: `import { signUserSignedAction } from "@nktkas/hyperliquid/signing";\nconst action = { type: "⟦sendAsset⟧", destination, token, amount };`, path: 'pay.ts' },
    ],
    negative: [
      // Ruby's dynamic dispatch, and a Coinbase account's message to a user.
      { text: `require 'coinbase/wallet'\nres = account.send(:balance)\nbot.send(to: channel, text: "hi")`, path: 'bal.rb' },
      code(`from hyperliquid.exchange import Exchange\nhistory = info.user_non_funding_ledger_updates(address)`),
      code(`socket.send_money_request(payload)  # coinbase-like name, not the SDK method`),
      // A send type compared or only a label; outside a Hyperliquid file.
      { text: `// hyperliquid\nif (action.type === "usdSend") { total += 1; }\nconst labels = { usdSend: "Send USDC" };`, path: 'ledger.ts' },
      { text: `ui = {"type": "spotSend", "label": "Send"}  # no perp-DEX SDK here`, path: 'ui.py' },
      // The SDK's send methods are withdrawal calls (withdraw/library-call).
      { text: `import io.github.hyperliquid.sdk.HyperliquidClient;\nSystem.out.println(exchange.spotTransfer("0.1", dest, "USDC"));`, path: 'src/Send.java' },
    ],
  },
});
