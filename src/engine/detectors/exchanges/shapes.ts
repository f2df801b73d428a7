// Fragments the exchange records share: SDK call arguments, UUID keys, the delete-the-key advice.

/** A UUID (OKX keys, KuCoin and Bitget secrets). */
export const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
// Positional arguments of SDK calls: the first, second or third argument of `call(`, one per line or not.
const ARG = String.raw`[ \t\r\n]{0,20}[^,()\s][^,()\n]{0,99},`;
// The `(` may open the next line (C#'s `new KucoinApiCredentials⏎    ("…", "…", "…")`).
const OPEN = String.raw`[ \t]*(?:\r?\n[ \t]{0,40})?\(`;
export const ARG1 = String.raw`${OPEN}[ \t\r\n]{0,20}`;
export const ARG2 = String.raw`${OPEN}${ARG}[ \t\r\n]{0,20}`;
export const ARG3 = String.raw`${OPEN}${ARG}${ARG}[ \t\r\n]{0,20}`;
/** CryptoExchange.Net (Bybit.Net, OKX.Net, Kucoin.Net, Kraken.Net, Bitget.Net…): `new ApiCredentials(key, secret[, passphrase])`. */
export const API_CREDENTIALS = 'ApiCredentials';
/** What to do about a leaked key, in the exchange's own place names. */
export const DELETE = (where: string) => `delete the key in ${where} and create a new one — a disabled key can be re-enabled.`;
