// Hand-kept, continued: withdrawal actions of exchange APIs that neither ccxt's lists nor supplement.ts hold
// (kept apart so that list stays under the size limit). Same format, one entry per action with its source.
import type { SupplementEntry } from './supplement';

/** Withdrawal endpoints ccxt lacks, beyond supplement.ts: one entry per path, with its source. */
export const WITHDRAW_SUPPLEMENT_MORE: readonly SupplementEntry[] = [
  {
    exchange: 'bitso',
    // API v3's one crypto withdrawal for every network; ccxt still lists the older per-coin paths only.
    methods: [],
    paths: ['/v3/crypto_withdrawal'],
    source: 'https://docs.bitso.com/bitso-api/docs/crypto-withdrawals',
  },
  {
    exchange: 'ascendex',
    // A withdrawal to another AscendEX account by its uid (the funds leave the key's account); ccxt has no withdraw here.
    methods: [],
    paths: ['/api/pro/v1/wallet/withdraw/internal'],
    source: 'https://github.com/ascendex/ascendex-pro-api-demo/blob/master/python/make-internal-transfer.py',
  },
  {
    exchange: 'bitkub',
    // Bitkub (not in ccxt): crypto to an address and fiat to a bank account, before and after the v3 prefix.
    methods: [],
    paths: ['/api/crypto/withdraw', '/api/v3/crypto/withdraw', '/api/fiat/withdraw', '/api/v3/fiat/withdraw'],
    source: 'https://github.com/bitkub/bitkub-official-api-docs/blob/master/restful-api.md',
  },
  {
    exchange: 'stellar',
    // SEP-24, every Stellar anchor's standard path: the POST starts an interactive withdrawal off the network (a GET of
    // `/transactions` or `/transaction` only reads one), so the path alone is the action.
    methods: [],
    paths: ['/transactions/withdraw/interactive'],
    source: 'https://github.com/stellar/stellar-protocol/blob/master/ecosystem/sep-0024.md',
  },
];
