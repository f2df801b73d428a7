import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  ACTION_ENDPOINTS, implicitMethodNames, isImplicitAction, isWithdrawActionName, matchActionPath, matchSendPath, nameSegments,
} from '../../../src/engine/detectors/withdraw/table';
import { tsFilesUnder } from '../sourceFiles';
import { SEND_SUPPLEMENT, WITHDRAW_SUPPLEMENT } from '../../../src/engine/detectors/withdraw/supplement';
import { WITHDRAW_SUPPLEMENT_MORE } from '../../../src/engine/detectors/withdraw/supplementMore';

const ROOT = path.resolve(__dirname, '../../../..');
// The generator is plain JavaScript run by node; ccxt is a dev dependency it loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(ROOT, 'scripts/generate-withdraw-table.js')) as {
  generate(ccxt: unknown): string;
  methodNames(chain: string[], verb: string, p: string): [string, string];
  OUT: string;
};

describe('withdrawal table (generated from ccxt)', () => {
  it('is up to date with the installed ccxt (run node scripts/generate-withdraw-table.js)', function () {
    this.timeout(120_000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ccxt = require('ccxt');
    assert.strictEqual(fs.readFileSync(generator.OUT, 'utf8'), generator.generate(ccxt));
  });

  it('derives the implicit method names the generator checked against ccxt itself', () => {
    assert.ok(ACTION_ENDPOINTS.length > 200);
    for (const e of ACTION_ENDPOINTS) assert.deepStrictEqual(implicitMethodNames(e), generator.methodNames([...e.chain], e.verb, e.path));
    assert.ok(isImplicitAction('sapiPostCapitalWithdrawApply'));
    assert.ok(isImplicitAction('sapi_post_capital_withdraw_apply'));
    assert.ok(isImplicitAction('privateWithdrawalsPostPush'));
    assert.ok(isImplicitAction('v2PrivatePostAccountsAccountIdTransactions'));
    assert.ok(!isImplicitAction('sapiGetCapitalWithdrawHistory'));
    assert.ok(!isImplicitAction('sapiPostAccountEnableFastWithdrawSwitch'));
  });

  it('lists queries apart: no action path is a history, quota, fee or address endpoint', () => {
    for (const e of ACTION_ENDPOINTS) {
      assert.ok(!/history|quota|fee|address|record|limit|status/i.test(e.path), `${e.exchanges[0]} ${e.path}`);
      assert.notStrictEqual(e.verb, 'get');
    }
  });

  it('matches endpoint strings with or without slash, host and version prefix', () => {
    for (const p of ['/sapi/v1/capital/withdraw/apply', 'capital/withdraw/apply', 'https://api.binance.com/sapi/v1/capital/withdraw/apply',
      '/api/v5/asset/withdrawal', '/0/private/Withdraw', '/sapi/v2/fiat/withdraw', '/v5/asset/withdraw/create?x=1',
      'localentity/withdraw/apply', 'fiat/withdraw']) {
      assert.ok(matchActionPath(p), p);
    }
    for (const p of ['/sapi/v1/capital/withdraw/history', '/v5/account/withdrawal', '/api/v1/withdrawals/quotas', '/0/private/WithdrawStatus']) {
      assert.strictEqual(matchActionPath(p), undefined, p);
    }
    assert.strictEqual(matchActionPath('/api/v1/withdrawals')?.ambiguous, true);
    assert.strictEqual(matchActionPath('/sapi/v1/capital/withdraw/apply')?.ambiguous, false);
  });

  it('reads LBank\'s .do suffix; its plural lists are no action, whatever the verb (it posts every call)', () => {
    assert.strictEqual(matchActionPath('/v2/withdraw.do')?.ambiguous, false);
    assert.strictEqual(matchActionPath('/v2/withdrawCancel.do')?.ambiguous, false);
    assert.strictEqual(matchActionPath('/v2/supplement/withdraws.do'), undefined);
    assert.strictEqual(matchActionPath('/v2/spot/wallet/withdraws.do'), undefined);
    assert.strictEqual(matchActionPath('/user/withdraw.do'), undefined, 'a web app route, no API version');
  });

  it('knows supplement exchanges ccxt lacks, and their paths that GET reads too', () => {
    assert.strictEqual(matchActionPath('/account/v1/withdraw/apply')?.ambiguous, false);
    assert.deepStrictEqual(matchActionPath('https://api.therocktrading.com/v1/atms/withdraw')?.exchanges, ['therock']);
    assert.strictEqual(matchActionPath('fast-withdrawals')?.ambiguous, true, "dYdX's GET quotes fast withdrawals");
    assert.strictEqual(matchActionPath('/v3/fast-withdrawals')?.ambiguous, true);
  });

  it('tells actions from queries by word segments', () => {
    assert.deepStrictEqual(nameSegments('submitWithdrawLightning'), ['submit', 'withdraw', 'lightning']);
    assert.deepStrictEqual(nameSegments('NewCreateWithdrawService'), ['new', 'create', 'withdraw', 'service']);
    // A lowercase verb glued to what it moves (GoCryptoTrader scripts); the noun and adjective forms stay whole.
    assert.deepStrictEqual(['withdrawcrypto', 'withdrawfiat', 'withdrawals', 'withdrawable'].map(nameSegments), [['withdraw', 'crypto'], ['withdraw', 'fiat'], ['withdrawals'], ['withdrawable']]);
    for (const n of ['withdraw', 'Withdraw', 'fiatWithdraw', 'withdrawl_assets_from_the_managed_sub_account', 'apply_mm_withdraw',
      'withdraw_request', 'SubmitWithdrawal', 'WithdrawAsync', 'cancelWithdrawal', 'withdrawcrypto', 'withdrawfiat',
      // A leading `request` is the verb (C# async methods, snake_case helpers).
      'RequestFiatWithdrawalAsync', 'request_withdrawal', 'requestCryptoWithdraw']) assert.ok(isWithdrawActionName(n), n);
    for (const n of ['withdraw_history', 'getWithdrawRecords', 'withdrawList', 'withdrawal_status', 'fetchWithdrawQuota', 'withdrawFee',
      'withdraw_address', 'withdrawLimit', 'WithdrawInfo', 'max_withdraw', 'get_withdrawal', 'fetchWithdrawals', 'query_withdraw',
      'Withdrawal', 'WithdrawRequest', 'UidPushWithdrawal', 'withdrawable', 'total_withdrawn',
      '_store_net_trade_from_withdrawal', 'handle_balance_update_from_withdrawal', 'ffi_checksum_constructor_withdraw_new',
      // Steps around the action and builders of it; a request verb with a query word.
      '_prepare_withdrawal', '_sleep_between_withdrawals', 'waitForWithdrawal', 'delay_withdraw', 'WithdrawBuilder',
      'request_withdrawal_history', 'RequestWithdrawalStatusAsync']) {
      assert.ok(!isWithdrawActionName(n), n);
    }
  });

  it('reads a currency code written in place of a currency placeholder (Gemini /v1/withdraw/{currency})', () => {
    for (const p of ['/v1/withdraw/usd', 'https://api.gemini.com/v1/withdraw/BTC']) assert.deepStrictEqual(matchActionPath(p), { exchanges: ['gemini'], ambiguous: false }, p);
    // Path words, mixed case, an id placeholder's place (KuCoin's withdrawals/{withdrawalId}).
    for (const p of ['/v1/withdraw/list', '/v1/withdraw/fees', '/v1/withdraw/Usd', '/v1/withdraw/usdtxx']) assert.strictEqual(matchActionPath(p), undefined, p);
    assert.strictEqual(matchActionPath('/api/v1/withdrawals/abc')?.exchanges.includes('kucoin') ?? false, false);
  });

  it('matches send-to-address paths whole: a host before them, no other segment', () => {
    assert.strictEqual(matchSendPath('/api/1/send'), 'luno');
    assert.strictEqual(matchSendPath('https://api.luno.com/api/1/send?x=1'), 'luno');
    assert.strictEqual(matchSendPath('{}/v3/transfer-out-to-address'), 'apex');
    for (const p of ['/send', '/v1/send', '/api/1/send_fee', '/notify/api/1/send', '/v3/transfer-out']) assert.strictEqual(matchSendPath(p), undefined, p);
    for (const s of SEND_SUPPLEMENT) assert.match(s.source, /^https:\/\//);
  });

  it('keeps a source link for every supplement entry', () => {
    for (const s of [...WITHDRAW_SUPPLEMENT, ...WITHDRAW_SUPPLEMENT_MORE]) {
      assert.match(s.source, /^https:\/\//);
      for (const p of s.paths) assert.ok(matchActionPath(p), p);
      for (const m of s.methods) assert.ok(isWithdrawActionName(m), m);
    }
  });

  it('never lets ccxt into the shipped sources (the bundle carries only the table)', () => {
    const files = tsFilesUnder(path.join(ROOT, 'src'));
    assert.deepStrictEqual(files.filter((f) => /from ['"]ccxt['"]|require\(['"]ccxt['"]\)/.test(fs.readFileSync(f, 'utf8'))), []);
  });
});
