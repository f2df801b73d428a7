// Which credential family a peer's rule belongs to, from its id, name or sample file name: the families a
// trading bot's repository holds, then everything else as `other`.
const FAMILIES: Array<[string, RegExp]> = [
  ['exchange', /kucoin|coinbase|kraken|bittrex|binance|bybit|\bokx|okex|bitfinex|bitget|gate\.?io|gemini|huobi|htx|poloniex|bitmex|bitstamp|deribit|mexc|crypto\.com|bitvavo/],
  ['chain-rpc', /infura|alchemy|etherscan|bscscan|polygonscan|moralis|quicknode|helius|blocknative|ankr|chainstack|covalent|blockcypher|web3/],
  ['database', /postgres|mysql|mongo|redis|jdbc|database|rabbitmq|amqp|clickhouse|mssql|sqlserver|connection.?string|planetscale|supabase|neon|cockroach/],
  ['market-data', /finnhub|polygon|\biex|alpha.?vantage|twelve.?data|tiingo|oanda|tradier|coinapi|coinlayer|coinlib|coinmarketcap|cryptocompare|nomics|bitcoinaverage|worldcoinindex|alpaca|marketstack|financial.?modeling|fmp/],
  ['discord', /discord/],
  ['telegram', /telegram/],
  ['jwt', /jwt|jwk|json.?web/],
  ['stripe', /stripe/],
  ['llm', /openai|anthropic|antrhropic|\bxai\b|grok|groq|deepseek|mistral|perplexity|cohere|huggingface|hugging.?face|gemini.?api|replicate|together/],
  ['google', /google|gcp|firebase|\bgoogle|service.?account/],
  ['pem', /private.?key|\bpem\b|ls0t|pkcs|ssh|rsa|putty|pgp|gpg|\bder\b/],
  ['wallet', /ethereum|wallet|mnemonic|bip39|seed.?phrase|privkey|solana|bitcoin/],
  ['generic', /generic|password|passwd|basic.?auth|credential/],
];

/** The family of a rule (by its id, name and sample path). */
export function familyOf(rule: string, samplePath = ''): string {
  const s = `${rule} ${samplePath}`.toLowerCase();
  for (const [name, re] of FAMILIES) if (re.test(s)) return name;
  return 'other';
}

/** Family names in report order. */
export const FAMILY_ORDER = [...FAMILIES.map(([n]) => n), 'other'];
