import type { Detector } from '../detector';
import { binanceApiKey, binanceApiSecret, binancePrivateKey } from './binance';
import { ccxtCredentials } from './ccxt';
import { genericSecret } from './generic';
import { pemPrivateKey } from './pem';
import { telegramBotToken } from './telegram';

/**
 * Every detector, most specific first: when two find the same span, the earlier one wins.
 * Generic catch-alls stay at the end.
 */
export const DETECTORS: readonly Detector[] = [
  binanceApiKey,
  binanceApiSecret,
  binancePrivateKey,
  ccxtCredentials,
  telegramBotToken,
  pemPrivateKey,
  genericSecret,
];
