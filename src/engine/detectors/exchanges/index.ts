// Every exchange the engine knows, one detection record per file (shapes, names, SDK constructors, examples).
// Adding an exchange: write `<id>.ts` beside this file and add it to EXCHANGE_RECORDS (DETECTED_ONLY_RECORDS
// until src/exchanges/ has a client record for it).
import { alpaca } from './alpaca';
import { binance } from './binance';
import { bitfinex } from './bitfinex';
import { bitget } from './bitget';
import { bitmex } from './bitmex';
import { bitrue } from './bitrue';
import { bybit } from './bybit';
import { coinbase } from './coinbase';
import { deribit } from './deribit';
import { hotcoin } from './hotcoin';
import { lbank } from './lbank';
import type { ExchangeDetection } from './credential';
import { gate } from './gate';
import { htx } from './htx';
import { kraken } from './kraken';
import { kucoin } from './kucoin';
import { mexc } from './mexc';
import { okx } from './okx';
import { NAMED_ONLY } from './others';
import type { Detector } from '../../defineDetector';

export type { ExchangeDetection } from './credential';

/** Exchanges with detectors of their own, in scan order (an earlier record wins a span two records find). */
export const EXCHANGE_RECORDS: readonly ExchangeDetection[] = [binance, bybit, okx, kucoin, kraken, coinbase, gate, bitget, alpaca];

/** Exchanges whose keys the engine finds but `check-key` cannot check yet (no client record in src/exchanges/). */
export const DETECTED_ONLY_RECORDS: readonly ExchangeDetection[] = [htx, mexc, bitfinex, deribit, bitmex, lbank, bitrue, hotcoin];

/** Every exchange the engine can name: the records above, then the name-only ones. */
export const NAMED_EXCHANGES: readonly ExchangeDetection[] = [...EXCHANGE_RECORDS, ...DETECTED_ONLY_RECORDS, ...NAMED_ONLY];

/** Every exchange's credential detectors, in record order. */
export const EXCHANGE_DETECTORS: readonly Detector[] = [...EXCHANGE_RECORDS, ...DETECTED_ONLY_RECORDS].flatMap((r) => r.detectors);
