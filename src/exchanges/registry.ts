// Every exchange KeyGuard knows as a client, in one list: the key check, the vault, the CLI and the
// extension's pickers all read from here. Adding an exchange = one record file + one line below.
import { alpaca } from './alpaca';
import { binance } from './binance';
import { bitget } from './bitget';
import { bybit } from './bybit';
import { coinbase } from './coinbase';
import type { ExchangeRecord } from './exchange';
import { gate } from './gate';
import { kraken } from './kraken';
import { kucoin } from './kucoin';
import { okx } from './okx';

export const EXCHANGES = [binance, bybit, okx, kraken, kucoin, coinbase, gate, bitget, alpaca] as const;

/** Ids of every exchange record. */
export type ExchangeId = (typeof EXCHANGES)[number]['id'];
/** Ids of the exchanges whose keys KeyGuard can check. */
export type CheckableExchange = Extract<(typeof EXCHANGES)[number], { check: unknown }>['id'];

/** The exchanges whose keys KeyGuard can check, in presentation order. */
export const CHECKABLE: readonly CheckableExchange[] = EXCHANGES.filter((e) => 'check' in e).map((e) => e.id as CheckableExchange);

/** The record of an exchange id, or undefined for an unknown id. */
export function findExchange(id: string): ExchangeRecord | undefined {
  return (EXCHANGES as readonly ExchangeRecord[]).find((e) => e.id === id);
}

/** The record of a known exchange id. */
export function exchangeById(id: ExchangeId): ExchangeRecord {
  return findExchange(id)!;
}

/** True when KeyGuard can check keys of this exchange id. */
export function isCheckable(id: string): id is CheckableExchange {
  return (CHECKABLE as readonly string[]).includes(id);
}

/** True when the exchange's keys come with a passphrase. */
export function needsPassphrase(id: ExchangeId): boolean {
  return exchangeById(id).fields.passphrase !== undefined;
}
