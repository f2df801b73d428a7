// The real-code corpus manifest: hand-written facts about files in public repositories at pinned commits.
import * as fs from 'fs';
import * as path from 'path';

/** Rule families the corpus scores separately. */
export const FAMILIES = ['withdraw', 'exchange-credential', 'wallet', 'token', 'generic', 'env'] as const;
export type Family = (typeof FAMILIES)[number];

/** `any` marks a line whose right answer is debatable: it is scored neither as a miss nor as a false alarm. */
export type ExpectedLevel = 'error' | 'warning' | 'info' | 'none' | 'any';

/** One expected fact: what should (or should not) be reported on a 1-based line. */
export interface Expectation {
  family: Family;
  /** The fact's class, e.g. `rest-endpoint`, `library-call`, `test-fixture`, `docs-mention`. */
  rule: string;
  line: number;
  level: ExpectedLevel;
  note: string;
}

/** One file of a repository and what KeyGuard should say about it. */
export interface ManifestFile {
  path: string;
  /** Nothing at warning or error is expected anywhere in the file. */
  clean?: boolean;
  /** Families whose findings in this file are not scored (e.g. withdrawal calls inside tests). */
  unscored?: Family[];
  expect?: Expectation[];
}

/** A repository at the commit the facts were written against. */
export interface ManifestRepo {
  repo: string;
  commit: string;
  files: ManifestFile[];
}

export interface Manifest {
  version: number;
  repositories: ManifestRepo[];
}

export const REALCODE_DIR = path.resolve(__dirname, '../../../bench/realcode');
export const DEFAULT_FILES_DIR = path.join(REALCODE_DIR, 'files');

/** The fact sets: `tuned` (the engine was tuned on it), `held-out` to `held-out-3` (kept out of tuning, since used up), `held-out-4` (tuned on since its first run), `held-out-5` (tuned on since its first run), `held-out-6` (tuned on since its first run), `held-out-7` (tuned on since its first run), `held-out-8` (tuned on since its first run), `held-out-9` (tuned on since the tenth set was committed), `held-out-10` (tuned on since the eleventh set was committed), `held-out-11` (tuned on since the twelfth set was committed), `held-out-12` (tuned on since the fourteenth set was committed), `held-out-13` (tuned on since the fifteenth set was committed), `held-out-14` (tuned on since its validation run), `held-out-15` (tuned on since the sixteenth set was committed), `held-out-16` (tuned on since the seventeenth set was committed), `held-out-17` (its secret families tuned on since its first run, its withdraw family since the eighteenth set was committed), `held-out-18` (tuned on since the nineteenth set was committed) `held-out-19` (opened for tuning after its validation run in the session that built it), `held-out-20` and `held-out-21` (built by two labellers in the same session, first run with the session-start engine; -20 tuned on since, -21 opened after its validation run), `held-out-22` (built later that session, first run with the engine of its commit, then tuned on), `held-out-23` and `held-out-24` (built by two labellers in one session, first run with the session-start engine; -24 tuned on since, -23 kept for that session's validation run and opened in the next), `held-out-25` and `held-out-26` (built later that session by two more labellers, -26 secrets first; first run with the session-start engine, tuned on since), `held-out-27`, `held-out-28` and `held-out-29` (built by three labellers in one session, -29 secrets first; first run with the session-start engine; -28 and -29 tuned on since, -27 kept for the session's validation run, opened in the next), `held-out-30` and `held-out-31` (built by labellers in one session, first run with the session-start engine; -31 tuned on since, -30 kept for the session's validation run, opened in the next), `held-out-32` and `held-out-33` (built by two labellers in one session, first run with the session-start engine; -33 tuned on since, -32 kept for the session's validation run, opened in the next), `held-out-34` and `held-out-35` (built by two labellers in one session, first run with the session-start engine, both kept for that session's validation run). */
export const MANIFEST_SETS = {
  tuned: { file: path.join(REALCODE_DIR, 'manifest.json'), title: 'Real-code corpus', results: path.join(REALCODE_DIR, 'results.md') },
  'held-out': { file: path.join(REALCODE_DIR, 'manifest-heldout.json'), title: 'Held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout.md') },
  'held-out-2': { file: path.join(REALCODE_DIR, 'manifest-heldout2.json'), title: 'Second held-out real-code corpus (tuned on since its first run; that run is kept in heldout2-causes.md)', results: path.join(REALCODE_DIR, 'results-heldout2.md') },
  'held-out-3': { file: path.join(REALCODE_DIR, 'manifest-heldout3.json'), title: 'Third held-out real-code corpus (tuned on since its first run; that run is kept in heldout3-causes.md)', results: path.join(REALCODE_DIR, 'results-heldout3.md') },
  'held-out-4': { file: path.join(REALCODE_DIR, 'manifest-heldout4.json'), title: 'Fourth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout4.md') },
  'held-out-5': { file: path.join(REALCODE_DIR, 'manifest-heldout5.json'), title: 'Fifth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout5.md') },
  'held-out-6': { file: path.join(REALCODE_DIR, 'manifest-heldout6.json'), title: 'Sixth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout6.md') },
  'held-out-7': { file: path.join(REALCODE_DIR, 'manifest-heldout7.json'), title: 'Seventh held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout7.md') },
  'held-out-8': { file: path.join(REALCODE_DIR, 'manifest-heldout8.json'), title: 'Eighth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout8.md') },
  'held-out-9': { file: path.join(REALCODE_DIR, 'manifest-heldout9.json'), title: 'Ninth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout9.md') },
  'held-out-10': { file: path.join(REALCODE_DIR, 'manifest-heldout10.json'), title: 'Tenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout10.md') },
  'held-out-11': { file: path.join(REALCODE_DIR, 'manifest-heldout11.json'), title: 'Eleventh held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout11.md') },
  'held-out-12': { file: path.join(REALCODE_DIR, 'manifest-heldout12.json'), title: 'Twelfth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout12.md') },
  'held-out-13': { file: path.join(REALCODE_DIR, 'manifest-heldout13.json'), title: 'Thirteenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout13.md') },
  'held-out-14': { file: path.join(REALCODE_DIR, 'manifest-heldout14.json'), title: 'Fourteenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout14.md') },
  'held-out-15': { file: path.join(REALCODE_DIR, 'manifest-heldout15.json'), title: 'Fifteenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout15.md') },
  'held-out-16': { file: path.join(REALCODE_DIR, 'manifest-heldout16.json'), title: 'Sixteenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout16.md') },
  'held-out-17': { file: path.join(REALCODE_DIR, 'manifest-heldout17.json'), title: 'Seventeenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout17.md') },
  'held-out-18': { file: path.join(REALCODE_DIR, 'manifest-heldout18.json'), title: 'Eighteenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout18.md') },
  'held-out-19': { file: path.join(REALCODE_DIR, 'manifest-heldout19.json'), title: 'Nineteenth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout19.md') },
  'held-out-20': { file: path.join(REALCODE_DIR, 'manifest-heldout20.json'), title: 'Twentieth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout20.md') },
  'held-out-21': { file: path.join(REALCODE_DIR, 'manifest-heldout21.json'), title: 'Twenty-first held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout21.md') },
  'held-out-22': { file: path.join(REALCODE_DIR, 'manifest-heldout22.json'), title: 'Twenty-second held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout22.md') },
  'held-out-23': { file: path.join(REALCODE_DIR, 'manifest-heldout23.json'), title: 'Twenty-third held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout23.md') },
  'held-out-24': { file: path.join(REALCODE_DIR, 'manifest-heldout24.json'), title: 'Twenty-fourth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout24.md') },
  'held-out-25': { file: path.join(REALCODE_DIR, 'manifest-heldout25.json'), title: 'Twenty-fifth held-out real-code corpus', results: path.join(REALCODE_DIR, 'results-heldout25.md') },
  'held-out-26': { file: path.join(REALCODE_DIR, 'manifest-heldout26.json'), title: 'Twenty-sixth held-out real-code corpus (secrets first)', results: path.join(REALCODE_DIR, 'results-heldout26.md') },
  'held-out-27': { file: path.join(REALCODE_DIR, 'manifest-heldout27.json'), title: 'Twenty-seventh held-out real-code corpus (user bots)', results: path.join(REALCODE_DIR, 'results-heldout27.md') },
  'held-out-28': { file: path.join(REALCODE_DIR, 'manifest-heldout28.json'), title: 'Twenty-eighth held-out real-code corpus (other exchanges, payment APIs)', results: path.join(REALCODE_DIR, 'results-heldout28.md') },
  'held-out-29': { file: path.join(REALCODE_DIR, 'manifest-heldout29.json'), title: 'Twenty-ninth held-out real-code corpus (secrets first)', results: path.join(REALCODE_DIR, 'results-heldout29.md') },
  'held-out-30': { file: path.join(REALCODE_DIR, 'manifest-heldout30.json'), title: 'Thirtieth held-out real-code corpus (major exchanges, other languages)', results: path.join(REALCODE_DIR, 'results-heldout30.md') },
  'held-out-31': { file: path.join(REALCODE_DIR, 'manifest-heldout31.json'), title: 'Thirty-first held-out real-code corpus (payouts, off-ramps, on-chain payments)', results: path.join(REALCODE_DIR, 'results-heldout31.md') },
  'held-out-32': { file: path.join(REALCODE_DIR, 'manifest-heldout32.json'), title: 'Thirty-second held-out real-code corpus (popular Python and JS bots, whole)', results: path.join(REALCODE_DIR, 'results-heldout32.md') },
  'held-out-33': { file: path.join(REALCODE_DIR, 'manifest-heldout33.json'), title: 'Thirty-third held-out real-code corpus (on-chain and decentralised venues)', results: path.join(REALCODE_DIR, 'results-heldout33.md') },
  'held-out-34': { file: path.join(REALCODE_DIR, 'manifest-heldout34.json'), title: 'Thirty-fourth held-out real-code corpus (community bots, taken as opened)', results: path.join(REALCODE_DIR, 'results-heldout34.md') },
  'held-out-35': { file: path.join(REALCODE_DIR, 'manifest-heldout35.json'), title: 'Thirty-fifth held-out real-code corpus (SDKs in typed and less-scanned languages)', results: path.join(REALCODE_DIR, 'results-heldout35.md') },
  'held-out-36': { file: path.join(REALCODE_DIR, 'manifest-heldout36.json'), title: 'Thirty-sixth held-out real-code corpus (on-chain bots, multisend scripts, faucets, payout servers)', results: path.join(REALCODE_DIR, 'results-heldout36.md') },
  'held-out-37': { file: path.join(REALCODE_DIR, 'manifest-heldout37.json'), title: 'Thirty-seventh held-out real-code corpus (payment gateways, custody, exchange back-ends, payouts)', results: path.join(REALCODE_DIR, 'results-heldout37.md') },
  'held-out-38': { file: path.join(REALCODE_DIR, 'manifest-heldout38.json'), title: 'Thirty-eighth held-out real-code corpus (credentials where they really sit: notebooks, configs, compose, Kubernetes, Terraform, CI workflows, key files)', results: path.join(REALCODE_DIR, 'results-heldout38.md') },
  'held-out-39': { file: path.join(REALCODE_DIR, 'manifest-heldout39.json'), title: 'Thirty-ninth held-out real-code corpus (AI-agent and automation tooling: exchange MCP servers, agent wallet plugins, n8n nodes, LLM trading bots)', results: path.join(REALCODE_DIR, 'results-heldout39.md') },
  'held-out-40': { file: path.join(REALCODE_DIR, 'manifest-heldout40.json'), title: 'Fortieth held-out real-code corpus (perpetual DEX, DeFi and bridge code that moves funds: Hyperliquid, dYdX, Paradex, Lighter, CCTP, LayerZero, Solana sweepers)', results: path.join(REALCODE_DIR, 'results-heldout40.md') },
  'held-out-41': { file: path.join(REALCODE_DIR, 'manifest-heldout41.json'), title: 'Forty-first held-out real-code corpus (documentation, teaching and example material: exchange API docs, Postman and OpenAPI collections, SDK examples, courses, tutorials)', results: path.join(REALCODE_DIR, 'results-heldout41.md') },
  'held-out-42': { file: path.join(REALCODE_DIR, 'manifest-heldout42.json'), title: 'Forty-second held-out real-code corpus (chains beyond EVM, Solana, TON, Tron and Cosmos: Aptos, Sui, Near, Substrate, Cardano, Algorand, XRPL, Stellar, Hedera, Tezos, Monero, Dogecoin, Lightning)', results: path.join(REALCODE_DIR, 'results-heldout42.md') },
  'held-out-43': { file: path.join(REALCODE_DIR, 'manifest-heldout43.json'), title: 'Forty-third held-out real-code corpus (exchange API keys where trading code lives beyond Python bots: Java, Kotlin, C#, Go, Rust, PHP, Ruby, Swift, Apps Script, VBA, Node-RED, webhook relays)', results: path.join(REALCODE_DIR, 'results-heldout43.md') },
  'held-out-44': { file: path.join(REALCODE_DIR, 'manifest-heldout44.json'), title: 'Forty-fourth held-out real-code corpus (bots built on trading frameworks: Freqtrade, Hummingbot, Passivbot, Gekko, Zenbot, OctoBot, and the config and deploy files they read)', results: path.join(REALCODE_DIR, 'results-heldout44.md') },
  'held-out-45': { file: path.join(REALCODE_DIR, 'manifest-heldout45.json'), title: 'Forty-fifth held-out real-code corpus (exchange withdrawals and transfers written by hand: signed REST requests, endpoint tables, CLI wrappers)', results: path.join(REALCODE_DIR, 'results-heldout45.md') },
  'held-out-46': { file: path.join(REALCODE_DIR, 'manifest-heldout46.json'), title: 'Forty-sixth held-out real-code corpus (chat bots around crypto and trading: Telegram, Discord and Slack bots that post alerts, run trades or pay users, and the tokens they hold)', results: path.join(REALCODE_DIR, 'results-heldout46.md') },
  'held-out-47': { file: path.join(REALCODE_DIR, 'manifest-heldout47.json'), title: 'Forty-seventh held-out real-code corpus (other secrets around trading and crypto projects: database URLs, cloud keys, keyed RPC URLs, explorer and market-data keys, webhook and JWT secrets)', results: path.join(REALCODE_DIR, 'results-heldout47.md') },
  'held-out-48': { file: path.join(REALCODE_DIR, 'manifest-heldout48.json'), title: 'Forty-eighth held-out real-code corpus (bots that move funds between exchanges and wallets: arbitrage, rebalancers, sweepers, DCA withdrawers)', results: path.join(REALCODE_DIR, 'results-heldout48.md') },
  'held-out-49': { file: path.join(REALCODE_DIR, 'manifest-heldout49.json'), title: 'Forty-ninth held-out real-code corpus (regional exchanges and non-English communities: Korea, Japan, Turkey, Indonesia, Thailand, Brazil, South Africa, Australia)', results: path.join(REALCODE_DIR, 'results-heldout49.md') },
  'held-out-50': { file: path.join(REALCODE_DIR, 'manifest-heldout50.json'), title: 'Fiftieth held-out real-code corpus (payouts through crypto payment processors: Crypto Pay, FaucetPay, OxaPay, NOWPayments, Binance Pay, BTCPay, Cryptomus)', results: path.join(REALCODE_DIR, 'results-heldout50.md') },
  'held-out-51': { file: path.join(REALCODE_DIR, 'manifest-heldout51.json'), title: 'Fifty-first held-out real-code corpus (custody and wallet-as-a-service: Fireblocks, BitGo, Circle, Tatum, Coinbase Prime)', results: path.join(REALCODE_DIR, 'results-heldout51.md') },
  'held-out-52': { file: path.join(REALCODE_DIR, 'manifest-heldout52.json'), title: 'Fifty-second held-out real-code corpus (DeFi and on-chain automation: liquidation and keeper bots, MEV searchers, snipers, airdrop distributors, sweepers, bridge relayers)', results: path.join(REALCODE_DIR, 'results-heldout52.md') },
  'held-out-53': { file: path.join(REALCODE_DIR, 'manifest-heldout53.json'), title: 'Fifty-third held-out real-code corpus (exchange connectors and tools in JavaScript/TypeScript, Go, Rust, Java/Kotlin and C#, with their examples and tests)', results: path.join(REALCODE_DIR, 'results-heldout53.md') },
  'held-out-54': { file: path.join(REALCODE_DIR, 'manifest-heldout54.json'), title: 'Fifty-fourth held-out real-code corpus (chat bots that touch exchange or wallet funds: Telegram and Discord trading, tip, faucet and custodial wallet bots, with their configs and tests)', results: path.join(REALCODE_DIR, 'results-heldout54.md') },
  'held-out-55': { file: path.join(REALCODE_DIR, 'manifest-heldout55.json'), title: 'Fifty-fifth held-out real-code corpus (personal exchange automation: cross-exchange arbitrage, multi-account withdrawal tools, funding-rate and DCA bots, with their configs and docs)', results: path.join(REALCODE_DIR, 'results-heldout55.md') },
  'held-out-56': { file: path.join(REALCODE_DIR, 'manifest-heldout56.json'), title: 'Fifty-sixth held-out real-code corpus (open-source exchange platforms and back offices: withdrawal workers, hot-wallet payout services, admin approval flows, coin daemon RPC adapters, with their configs, fixtures and tests)', results: path.join(REALCODE_DIR, 'results-heldout56.md') },
  'held-out-57': { file: path.join(REALCODE_DIR, 'manifest-heldout57.json'), title: 'Fifty-seventh held-out real-code corpus (wallet apps that sign and send: desktop, mobile, browser-extension and CLI wallets for EVM, Bitcoin, Solana, TON, Tron and other chains, with their fixtures, configs and docs)', results: path.join(REALCODE_DIR, 'results-heldout57.md') },
  'held-out-58': { file: path.join(REALCODE_DIR, 'manifest-heldout58.json'), title: 'Fifty-eighth held-out real-code corpus (reward and payroll payouts: play-to-earn, quiz and raffle payouts, referral and bounty rewards, crypto payroll, airdrop senders and DAO grant scripts on EVM, Solana, TON, Tron, Cosmos and Tezos, with their configs, tests and docs)', results: path.join(REALCODE_DIR, 'results-heldout58.md') },
} as const;
export type ManifestSet = keyof typeof MANIFEST_SETS;

/** Reads and minimally validates the manifest. */
export function loadManifest(file = path.join(REALCODE_DIR, 'manifest.json')): Manifest {
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (!Array.isArray(m.repositories)) throw new Error(`${file}: no repositories`);
  return m;
}

/** Folder name of a repository inside the materialised tree (and inside the local mirror store). */
export function repoFolder(repo: string): string {
  return repo.replace('/', '+');
}

const WALLET_IDS = /evm-private-key|bitcoin-private-key|solana-secret-key|stellar-secret-seed|seed-phrase|mnemonic|wallet/;
// Other services' keys and tokens (OAuth, RPC, AI, market data, payments) are tokens; passwords, connection strings and
// bare private-key material are generic. Only what is left is an exchange credential.
const TOKEN_IDS = /telegram|discord|cloud-token|rpc-url|webhook|token|oauth|ai-api-key|chain-data|market-data|stripe|jwt|google|firebase|azure/;
const GENERIC_IDS = /generic-secret|password|pem-private-key|database-url|jwk-private-key|private-key-base64|django-secret-key/;

/** The family a KeyGuard finding id belongs to (unknown secret ids count as exchange credentials). */
export function familyOf(id: string): Family {
  if (id.startsWith('withdraw/')) return 'withdraw';
  if (id.startsWith('gitignore/') || id.includes('dotenv')) return 'env';
  if (WALLET_IDS.test(id)) return 'wallet';
  if (TOKEN_IDS.test(id)) return 'token';
  if (GENERIC_IDS.test(id)) return 'generic';
  return 'exchange-credential';
}

/** True for the families that describe a secret value (an ambiguous secret line is ambiguous for all of them). */
export function isSecretFamily(f: Family): boolean {
  return f === 'exchange-credential' || f === 'wallet' || f === 'token' || f === 'generic';
}
