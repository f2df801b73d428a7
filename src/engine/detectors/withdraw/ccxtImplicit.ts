// ccxt's generated implicit endpoint methods (`sapiPostCapitalWithdrawApply`), on a file's ccxt exchange: split from
// calls.ts (the call-shape rule) so each file keeps one concern.
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector } from '../../defineDetector';
import { CCXT_CTOR } from '../ccxt';
import { rx } from '../fragments';
import { code, CODE, WHY, WITHDRAW_ADVICE } from './shared';
import { exchangeOfAction } from './table';
import { implicitAction } from './callShapes';

/** A ccxt constructor, or ccxt's own exchange sources (their docs links, the base class they import); these name no exchange. */
const CCXT_HOME = new RegExp(String.raw`${CCXT_CTOR.source}|\bdocs\.ccxt\.com\b|\bccxt\.base\.exchange\b`, 'i');

export const withdrawCcxtImplicit = defineDetector({
  id: 'withdraw/ccxt-implicit',
  title: 'ccxt implicit withdrawal endpoint',
  severity: 'warning',
  role: 'endpoint',
  message: 'ccxt implicit withdrawal endpoint {name}(…) on {exchange}.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw', 'transactions'],
  // The table look-up first: it rejects almost every method call on these lines, before the line is read twice.
  validate: [implicitAction, notInComment, notInString],
  files: CODE,
  // Every action method ccxt derives from its API lists (generated table), on a file's ccxt exchange.
  patterns: [
    {
      re: rx(String.raw`(?:\??\.|->)(?<=[A-Za-z0-9_$)\]](?:\??\.|->))(?<name>[A-Za-z][A-Za-z0-9_]{2,100})[ \t]*\(`),
      exchangeOf: exchangeOfAction,
      requires: { near: { pattern: CCXT_HOME, before: 6000, after: 400 } },
    },
  ],
  examples: {
    positive: [
      code(`ex = ccxt.binance(cfg)\nex.⟦sapiPostCapitalWithdrawApply⟧({"coin": "USDT", "address": a, "amount": 10})`),
      code(`exchange = ccxt.binance(cfg)\nexchange.⟦sapi_post_capital_withdraw_apply⟧({"coin": "USDT", "address": a, "amount": 10})`),
      code(`const okx = new ccxt.okx(cfg);\nawait okx.⟦privatePostAssetWithdrawal⟧({ ccy: 'USDT', amt: '1', dest: '4', toAddr: a });`),
      code(`kraken = ccxt.kraken(cfg)\nkraken.⟦private_post_withdraw⟧({"asset": "XBT", "key": "cold", "amount": "0.1"})`),
      code(`const bybit = new ccxt.bybit(cfg);\nawait bybit.⟦privatePostV5AssetWithdrawCreate⟧({ coin: 'USDT', chain: 'TRX', address: a, amount: '5' });`),
      code(`gate = ccxt.gate(cfg)\ngate.⟦private_withdrawals_post_withdrawals⟧({"currency": "USDT", "amount": "5", "address": a})`),
      // ccxt's own exchange source: its docs links say so (they name no exchange; the table names it).
      { text: `    def withdraw(self, code, amount, address, tag=None, params={}):\n        """\n        :returns dict: a \`transaction structure <https://docs.ccxt.com/?id=transaction-structure>\`\n        """\n        response = self.⟦v3PrivatePostAssetWalletWithdraw⟧(self.extend(request, params))`, path: 'woo/ccxt/woo.py' },
    ],
    negative: [
      code(`ex = ccxt.binance(cfg)\nhist = ex.sapiGetCapitalWithdrawHistory({"coin": "USDT"})`),
      code(`ex = ccxt.okx(cfg)\nrows = ex.private_get_asset_withdrawal_history()`),
      code(`# ex.sapiPostCapitalWithdrawApply(params) -- ccxt.binance(cfg), not used`),
      code(`client.privatePostWithdraw(params)  # no ccxt exchange in this file`),
      code(`ex = ccxt.kucoin(cfg)\nq = ex.privateGetWithdrawalsQuotas({"currency": "BTC"})`),
    ],
  },
});

