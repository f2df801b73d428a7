// Exchanges the engine names (a ccxt constructor's finding says "BitMEX", not "Bitmex") without key shapes of
// their own yet: their credentials are found by the ccxt and generic detectors.
import type { ExchangeDetection } from './credential';

/** Name-only records: give one its own file when it gets detectors. */
export const NAMED_ONLY: readonly ExchangeDetection[] = [
  { id: 'hyperliquid', name: 'Hyperliquid', ccxtIds: /^hyperliquid/, detectors: [] },
];
