import { defineDetector, type PatternSpec } from '../defineDetector';
import { lettersAndDigits, minEntropyByAlphabet, notPathOrUrl, notPublicShape, notWordIdentifier, standardValidators } from '../judge/validators';
import { notMalformedBotToken } from './telegram';
import { SPACED_SECRET, SPACED_SECRET_NEGATIVE, SPACED_SECRET_POSITIVE } from './spacedSecret';
import { assigned, bareLine, BARE_LINE_KINDS, embeddedLine, FLAG_NAME, PREFIX, Q, rx, xmlForms, XML_LINES_AFTER } from './fragments';

// Names that say "this holds a credential". `key` alone is too common (sort keys, cache keys), so it
// needs a qualifier: api_key, secret_key, private_key, access_key, auth_key…
const SECRET_NAME = /secret|api[_.-]?key|apikey|private[_.-]?key|privkey|access[_.-]?key|auth[_.-]?key|signing[_.-]?key|(?:aes|encrypt(?:ion)?|cipher|crypt)[_.-]?key|passphrase|password|passwd|pwd|token|credential/i;
// Addresses, mints, contracts and public keys are public by design: `TOKEN_ADDRESS`, `token_mint`, `PUBLIC_KEY`.
// So are things *about* a secret (`SECRET_ARN`, `KEY_ID`, `TOKEN_HEADER`, `secret_hash`), DeFi tokens
// (`token0`, `sellToken`, `reward_token`; a whole word, so not `coinbaseToken`), tokenizers, pagination cursors and staking withdrawal credentials.
export const PUBLIC_NAME = new RegExp([
  String.raw`address|(?:^|[_.-])addr(?:[_.-]|$)|mint|contract|pub(?:lic)?[_.-]?key`,
  String.raw`(?:^|[_.-]|[a-z])(?:id|ids|arn|name|header|hash|url|uri|path|file|label|prefix|field|type|length|size|count|version|role|program)$`,
  String.raw`^token[0-9]$|(?<![a-z])(?:sell|buy|base|quote|reward|fee|input|output|in|out|stake|lp|native|wrapped)[_.-]?token|token[_.-]?(?:in|out|a|b)$`,
  String.raw`tokeni[sz]er|page[_.-]?token|next[_.-]?token|continuation|cursor|withdrawal[_.-]?credentials`,
  // A form's anti-forgery token is sent to every visitor; a variable named as fake holds no secret.
  String.raw`authenticity[_.-]?token|csrf|xsrf|^(?:fake|dummy|mock|invalid|non[_-]?matching|placeholder)(?:[_.-]|(?<=[a-z])(?=[A-Z]))`,
].join('|'), 'i');
const QUOTED_VALUE = String.raw`[^\s"'\`\\<>{}$]{16,512}`;
const XML_VALUE = String.raw`[^\s"'<>{}$]{16,512}`;
// `#` inside a value is part of it (dotenv starts a comment only after whitespace).
const BARE_VALUE = String.raw`[^\s"'\`\\<>{}$,;]{16,512}`;


/** What every generic secret value must pass (the exchange-named rule shares it: exchanges/namedSecret.ts). */
export const GENERIC_VALIDATORS = [...standardValidators, notPathOrUrl, notPublicShape, notWordIdentifier, minEntropyByAlphabet(3, 3.5), lettersAndDigits, notMalformedBotToken];

/** The places a value is assigned to a name, each tested with `name` and `notName`: code, config lines, JSON, Dockerfile, XML. */
export function assignedSecretPatterns(name: RegExp, notName: RegExp): PatternSpec[] {
  return [
    { ...assigned(String.raw`${PREFIX}${Q}(?<v>${QUOTED_VALUE})${Q}`), name, notName },
    { re: rx(bareLine(BARE_VALUE), 'm'), name, notName, files: BARE_LINE_KINDS },
    { re: rx(embeddedLine(BARE_VALUE)), name, notName, files: ['json'] },
    ...xmlForms(XML_VALUE).map((re) => ({ re: rx(re), name, notName, files: ['xml' as const], linesAfter: XML_LINES_AFTER })),
  ];
}

export const genericSecret = defineDetector({
  id: 'secret/generic-secret',
  title: 'hard-coded secret',
  severity: 'warning',
  role: 'api-secret',
  message: 'Value {masked} assigned to {name} looks like a real credential.',
  risk: 'Secrets in code end up in git history, backups, screenshots and every clone.',
  advice: 'Move it to an environment variable or KeyGuard\'s secret storage; if it is a real key that was shared or committed, revoke it on its service.',
  keywords: ['secret', 'key', 'token', 'passphrase', 'password', 'passwd', 'pwd', 'credential'],
  validate: GENERIC_VALIDATORS,
  patterns: [
    { ...assigned(String.raw`${PREFIX}${Q}(?<v>${QUOTED_VALUE})${Q}`), name: SECRET_NAME, notName: PUBLIC_NAME },
    // Unquoted flag values (`--api-secret XYZ` in a shell script); quoted ones are assignment sites.
    { re: rx(String.raw`${FLAG_NAME}(?<v>${QUOTED_VALUE})`), keywords: ['--'], name: SECRET_NAME, notName: PUBLIC_NAME },
    // The key of an HMAC is a secret whatever its name: hmac.new(b"…", …), createHmac('sha256', '…'), hmac.New(sha256.New, []byte("…")).
    {
      re: rx(String.raw`(?:hmac\.new\([ \t]*|createHmac\([ \t]*${Q}[A-Za-z0-9-]{3,10}${Q}[ \t]*,[ \t]*|hmac\.New\([^,()\n]{1,40},[ \t]*\[\]byte\([ \t]*)${PREFIX}${Q}(?<v>${QUOTED_VALUE})${Q}`),
      keywords: ['hmac'],
    },
    // Keys in URLs (`…/price?symbol=BTC&api_key=…`) and bearer tokens (`Authorization: Bearer …`).
    {
      re: rx(String.raw`[?&](?<name>api[_-]?key|apikey|access[_-]?token|token|key|secret|api[_-]?secret|client[_-]?secret|auth[_-]?token)=(?<v>[A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])`, 'i'),
      keywords: ['key=', 'token=', 'secret='],
    },
    // An HTTP header written as one string: a PHP/curl header list (`"X-Client-Secret: …"`), `curl -H 'X-Api-Key: …'`.
    // It starts at the quote, not at a look-behind tried at every position (~45% faster); a value ends before a quote,
    // so the next header's quote lies after the previous match and the same headers are found.
    { re: rx(String.raw`["'](?<name>[A-Za-z][A-Za-z0-9-]{1,40}):[ \t]*(?<v>${QUOTED_VALUE})(?=["'])`), name: SECRET_NAME, notName: PUBLIC_NAME },
    { re: rx(String.raw`(?<![A-Za-z0-9_])Bearer[ \t]+(?<v>[A-Za-z0-9._~+/-]{20,512}=*)(?![A-Za-z0-9._~+/=-])`), keywords: ['bearer'] },
    // Unquoted values only in config formats, where a bare word is a value and not a variable.
    { re: rx(bareLine(BARE_VALUE), 'm'), name: SECRET_NAME, notName: PUBLIC_NAME, files: BARE_LINE_KINDS },
    SPACED_SECRET,
    { re: rx(embeddedLine(BARE_VALUE)), name: SECRET_NAME, notName: PUBLIC_NAME, files: ['json'] },
    // Dockerfile's older `ENV NAME value` form has a space where the others have `=`.
    {
      re: rx(String.raw`^[ \t]*ENV[ \t]+(?<name>[A-Za-z0-9_.-]{1,60})[ \t]+(?<v>${BARE_VALUE})[ \t]*\r?$`, 'm'),
      name: SECRET_NAME, notName: PUBLIC_NAME, files: ['dockerfile'],
    },
    // XML configs: .NET appSettings (`<add key="ApiSecret" value="…"/>`) and elements (`<apiSecret>…</apiSecret>`).
    ...xmlForms(XML_VALUE).map((re) => ({ re: rx(re), name: SECRET_NAME, notName: PUBLIC_NAME, files: ['xml' as const], linesAfter: XML_LINES_AFTER })),
  ],
  examples: {
    positive: [
      `api_secret = "⟦dvpFykqjuR5EKHrQWJ/SIsGgUUnIoMkWgsevJC6d⟧"`,
      // A symmetric key that encrypts stored data: whoever reads it decrypts everything.
      { text: `[crypto]\nAES_KEY = "⟦Qm7vT2kX9pL4wN8rZ3cF6hJ1⟧"\n`, path: 'config/app.prod.toml' },
      `ENCRYPTION_KEY = "⟦b7Rk2Lq9Xw4Tz8Nc3Vm6Pj1H⟧"`,
      { text: `python3 bot.py --api-secret ⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧ --symbol BTCUSDT\n`, path: 'run.sh' },
      `sig = hmac.new(b"⟦qSHq8Wm3Zx7Nc2Vb5Tr9Ys4Hd6GSf2a⟧", query.encode(), hashlib.sha256).hexdigest()`,
      { text: `const sign = crypto.createHmac('sha256', '⟦DCCD8Wm3Zx7Nc2Vb5Tr9Ys4HdE6E3⟧').update(payload).digest('base64');`, path: 'sign.ts' },
      `const clientSecret = '⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧';`,
      `const clientSecret: string = '⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧';`,
      `API_SECRET: Final[str] = "⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧"`,
      `let api_secret: &str = "⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧";`,
      { text: `MY_SERVICE_TOKEN=⟦q8Zr2Lw5Xv9Nb3Kt7Hm1Pd4Fs6Gj0Yc⟧\n`, path: '.env' },
      { text: `DB_PASSWORD=⟦Hodl#2024Strong113@x⟧  # the first # is part of it\n`, path: '.env' },
      { text: `FROM python:3.12-slim\nENV EXCHANGE_API_SECRET ⟦Hq7Lz3Wp9Xv2Nb5Kt8Rm1Sd4Fg6Jy0Ce⟧\n`, path: 'Dockerfile' },
      { text: `services:\n  bot:\n    environment:\n      - EXCHANGE_SECRET=⟦Hq7Lz3Wp9Xv2Nb5Kt8Rm1Sd4Fg6Jy0Ce⟧\n`, path: 'docker-compose.yml' },
      `os.environ.setdefault("SIGNING_KEY", "⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧")`,
      { text: `<?php\n$api_secret = "⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧";\n`, path: 'bot.php' },
      { text: `$ApiSecret = "⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧"\n`, path: 'run.ps1' },
      { text: `$env:EXCHANGE_API_SECRET = "⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧"\n`, path: 'run.ps1' },
      { text: `<appSettings>\n  <add key="ExchangeApiSecret" value="⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧" />\n</appSettings>`, path: 'App.config' },
      { text: `<exchange>\n  <apiSecret>⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧</apiSecret>\n</exchange>`, path: 'bot-settings.xml' },
      { text: `const client = new RestClient({ apiKey: k, apiSecret: '⟦946AE3E576BEA85719E9EA448D786E87⟧', apiPass: p });`, path: 'client.ts' },
      { text: `System.setProperty("exchange.api.secret", "⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧");`, path: 'Bot.java' },
      { text: `config.put("apiSecret", "⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧");`, path: 'Bot.java' },
      `token = os.getenv("DISCORD_TOKEN", "⟦Mq5Xz8Wv2Lp7Nb1Kt4Hd9Sf3Gj6Rc0Ye⟧")`,
      { text: `const apiSecret = process.env.API_SECRET || '⟦Mq5Xz8Wv2Lp7Nb1Kt4Hd9Sf3Gj6Rc0Ye⟧';`, path: 'bot.js' },
      { text: `const token: string = process.env.BOT_TOKEN ?? "⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧";`, path: 'bot.ts' },
      `token = os.environ.get("BOT_TOKEN") or "⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧"`,
      `url = BASE + "/data/price?fsym=BTC&tsyms=USD&api_key=⟦a0bc7e2f9d14c83b5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b⟧"`,
      { text: `curl -X POST "https://auth.example.io/oauth2/token?grant_type=client_credentials&client_id=desk-7&client_secret=⟦Vq8Lr3Xz6Nw1Kt5Hm9Bp2Sd4⟧"\n`, path: 'token.sh' },
      `headers = {"Authorization": "Bearer ⟦uZ1HkR8pQ2wE5tY7uI9oP0aS3dF6gH8jK1lZ4xC7vB2n⟧"}`,
      { text: `curl -H "Authorization: Bearer ⟦PjLq8Wm3Zx7Nc2Vb5Tr9Ys4Hd6Gf1Ka0⟧" https://api.example.com/v1/orders\n`, path: 'run.sh' },
      { text: `<?php\n$headers = array(\n    "X-Client-Id: CF20931QWERTZ",\n    "X-Client-Secret: ⟦7c41ad9e2f8b6c3d1e0f9a8b7c6d5e4f3a2b1c0d⟧",\n);\n`, path: 'app/Payout.php' },
      { text: `curl -s -H 'X-Api-Key: ⟦Wd2Pq7Xn4Lr9Kz1Hv6Tb3Sm8Fj5Gc0Ya⟧' https://api.example.com/v2/balance\n`, path: 'balance.sh' },
      { text: `$secret = getenv('API_SECRET') ?: '⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧';`, path: 'bot.php' },
      { text: `let secret = env::var("API_SECRET").unwrap_or_else(|_| "⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧".to_string());`, path: 'main.rs' },
      `parser.add_argument("--api-secret", default="⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧", help="exchange secret")`,
      `class Settings(BaseSettings):\n    api_secret: str = Field(default="⟦Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya⟧")`,      // Every assignment syntax (issue #19): Go typed and raw strings, PHP `.=`/`??=`/`=>`, Makefile, Ruby, XML, env setters.
      { text: `var apiSecret string = "⟦Vb3Nq8Xr1Lz6Kw9Hp2Tm5Sd7Fg4Jc0Ye⟧"`, path: 'main.go' },
      { text: `coinbaseToken := "⟦vb3nq8xr1lz6kw9hp2tm5sd7fg4jc0ye-q7lw2xn9kt4hm1pd6fs3gj8yc0rb5v⟧"`, path: 'main.go' },
      { text: "signingSecret := `⟦Vb3Nq8Xr1Lz6Kw9Hp2Tm5Sd7Fg4Jc0Ye⟧`", path: 'main.go' },
      { text: `$apiSecret .= "⟦Wd2Pq7Xn4Lr9Kz1Hv6Tb3Sm8Fj5Gc0Ya⟧";`, path: 'config.php' },
      { text: `$apiToken ??= '⟦Wd2Pq7Xn4Lr9Kz1Hv6Tb3Sm8Fj5Gc0Ya⟧';`, path: 'config.php' },
      { text: `  "exchangeSecret" => "⟦Wd2Pq7Xn4Lr9Kz1Hv6Tb3Sm8Fj5Gc0Ya⟧",`, path: 'config.php' },
      { text: `BOT_API_SECRET ?= ⟦Tq5Wz8Xm2Ln7Kr4Hd1Vb9Sp3Fg6Jc0Ye⟧
`, path: 'Makefile' },
      { text: `BOT_API_SECRET ::= "⟦Tq5Wz8Xm2Ln7Kr4Hd1Vb9Sp3Fg6Jc0Ye⟧"
`, path: 'Makefile' },
      { text: `@api_secret ||= "⟦Tq5Wz8Xm2Ln7Kr4Hd1Vb9Sp3Fg6Jc0Ye⟧"`, path: 'bot.rb' },
      { text: `client = Exchange::Client.new(api_secret: "⟦Tq5Wz8Xm2Ln7Kr4Hd1Vb9Sp3Fg6Jc0Ye⟧")`, path: 'bot.rb' },
      { text: `<settings>
  <apiSecret>
    ⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧
  </apiSecret>
</settings>`, path: 'bot.xml' },
      { text: `System.setProperty("EXCHANGE_API_SECRET", "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧");`, path: 'Bot.java' },
      `os.environ["EXCHANGE_API_SECRET"] = "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧"`,
      { text: `process.env.EXCHANGE_API_SECRET = "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧";`, path: 'bot.js' },
      { text: `private static final String API_SECRET = "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧";`, path: 'Bot.java' },
      { text: `private const string ApiSecret = "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧";`, path: 'Bot.cs' },
      { text: `val apiSecret: String = "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧"`, path: 'Bot.kt' },
      { text: `exchange.api.secret=⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧
`, path: 'application.properties' },
      { text: `EXCHANGE_API_SECRET=⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧
`, path: 'keys.txt' },
      { text: `{"bot.env": "EXCHANGE_API_SECRET=⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧\\nDEBUG=1"}`, path: 'deploy.json' },
      { text: `#define EXCHANGE_API_SECRET "⟦Rv5Lq9Wx2Nz7Kt3Hm8Sb4Fd6Gj1Pc0Ye⟧"\n`, path: 'src/keys.h' },
      ...SPACED_SECRET_POSITIVE,
      { text: `Connect-Exchange -ApiSecret "⟦Rv5Lq9Wx2Nz7Kt3Hm8Sb4Fd6Gj1Pc0Ye⟧" -Testnet`, path: 'run.ps1' },
    ],
    negative: [
      `api_secret = os.environ.get("API_SECRET", "")`,
      // A sample typed in counting runs in an API's docs (`abcd`, `1234`, `9012`).
      `"secret_key": "wxyz6789-abcd-1234-efgh-5678ijkl9012",`,
      // About an encryption key, not the key: its size, its KMS id, its file.
      `AES_KEY_SIZE = "256"`, `encryption_key_id = "a8f3b1c2-0d4e-4f5a-9b6c-7d8e9f0a1b2c"`, `aes_key_path = "/etc/app/keys/aes-master.bin"`,
      `exchange = ccxt.binance({"apiKey": api_key, "secret": secret, "enableRateLimit": True})`,
      `fields = ["api_secret", "Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE"]`,
      `password = "changeme"`,
      `sort_key = "timestamp_desc_value"`,
      `parser.add_argument("--symbol", default="Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0Ya")`,
      `SHA256_TOKEN_TO_REFRESH = "token_sha256_to_refresh"`,
      `export const TOKEN_ADDRESS = '0x55d398326f99059fF775485246999027B3197955';`,
      // A spot token id: its name and its token address (Hyperliquid), not a credential.
      { text: `let token = "PURR:0x9d3b41e7a05c28f64e1b7d920ac35f81";`, path: 'src/bin/spot.rs' },
      `BASE_TOKEN = os.getenv("BASE_TOKEN", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")  # WETH`,
      `pool = {"token0": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "sellToken": "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"}`,
      `TOKEN_PROGRAM_ID = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"`,
      `SIGNING_KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"`,
      { text: `GPG_SIGNING_KEY_ID=3AA5C34371567BD2\n`, path: '.env.example' },
      `{"next_page_token": "QUFQTHxEfDIwMjQtMDEtMDJUMDU6MDA6MDBa"}`,
      `TOKENIZER_NAME = "mrm8488/distilroberta-finetuned-financial"`,
      `WEBHOOK_SECRET_HEADER = "X-Hub-Signature-256-Header"`,
      `USDC_TOKEN_MINT = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"`,
      `signer_public_key = "Hq7Lz3Wp9Xv2Nb5Kt8Rm1Sd4Fg6Jy0Ce"`,
      `const ORDERBOOK_TOKEN = "orderbook_depth_level2_snapshot";`,
      `token = "your_telegram_token"`,
      `cache_key = "aaaaaaaaaaaaaaaaaaaaaaaa"`,
      `{"integrity": "sha512-abc"}`,
      { text: `api_key = some_function_name_here_long\n`, path: 'bot.py' },
      `secret = "\${API_SECRET}"`,
      `headers = {"Authorization": f"Bearer {token}"}`,
      // A header string naming no secret, one whose value is a variable, and a public key id.
      { text: `$h = array("Cache-Control: no-cache-Zt8qW2xN5vB7kM1pR4sL9d", "X-Api-Key: " . $apiKey, "X-Api-Key-Id: Zt8qW2xN5vB7kM1pR4sL9dF3");\n`, path: 'client.php' },
      `url = f"{BASE}/v1/quotes?symbol=BTC&api_key={os.environ['CMC_KEY']}"`,
      `link = "https://example.com/page?token=abcdefghijklmnopqrstuvwxyz"`,
      `private_key_path = "/home/user/keys/binance_ed25519.pem"`,
      { text: `const apiSecret = process.env.API_SECRET || '';`, path: 'bot.js' },
      { text: `<add key="ExchangeApiSecret" value="\${EXCHANGE_API_SECRET}" />`, path: 'App.config' },
      { text: `<add key="LogLevel" value="Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE" />`, path: 'App.config' },
      { text: `<apiSecretRef>vault:exchange-secret-prod</apiSecretRef>`, path: 'bot-settings.xml' },
      { text: `const region = process.env.AWS_REGION || 'eu-central-1-default-region';`, path: 'bot.js' },
      // Encrypted values are made to be committed: OctoBot's Fernet tokens, Jasypt ENC(…), SOPS.
      { text: `{"exchanges": {"binance": {"api-secret": "gAAAAABl3kR9x2Vq7LmN0pZs4TbWc8YdE1fGh5JiK6lMn9oPq2RsT3uVw4XyZ0aBcD7eFgH8iJkL1mNo2pQr3StU5vWx6YzA9bCdE0fGh_iJ-kL=="}}}`, path: 'user/config.json' },
      { text: `exchange:\n  api-secret: ENC(q8Zr2Lw5Xv9Nb3Kt7Hm1Pd4Fs6Gj0YcRk4Vz9Xq2Lw7)\n`, path: 'src/main/resources/application.yml' },
      { text: `api_secret: ENC[AES256_GCM,data:q8Zr2Lw5Xv9Nb3Kt7Hm1Pd4F,iv:Rk4Vz9Xq2Lw7,tag:Np1Bt5Hm8Sd3,type:str]\n`, path: 'secrets.enc.yaml' },      { text: `var apiSecret string = os.Getenv("API_SECRET")`, path: 'main.go' },
      { text: `$apiSecret .= $suffixFromVault;`, path: 'config.php' },
      { text: `BOT_API_SECRET ?= $(shell cat /run/secrets/bot_api_secret)
`, path: 'Makefile' },
      { text: `if apiSecret == "Tq5Wz8Xm2Ln7Kr4Hd1Vb9Sp3Fg6Jc0Ye" {`, path: 'main.go' },
      { text: `<apiSecret>
    \${EXCHANGE_API_SECRET}
</apiSecret>`, path: 'bot.xml' },
      { text: `process.env.EXCHANGE_API_SECRET = readFileSync(secretPath, 'utf8');`, path: 'bot.js' },
      { text: `export EXCHANGE_API_SECRET=$(vault kv get -field=secret bot/exchange)
`, path: 'run.sh' },
      { text: `see EXCHANGE_API_SECRET in the vault: exchange/prod/api-secret
`, path: 'notes.txt' },
      { text: `nonMatchingToken := "q7vz2lxk9w4mtr8p"`, path: 'main_test.go' },
      { text: `#define API_SECRET_LENGTH 64\n#define API_SECRET getenv("API_SECRET")\n`, path: 'src/keys.h' },
      { text: `Connect-Exchange -ApiSecret $secret -Name "Rv5Lq9Wx2Nz7Kt3Hm8Sb4Fd6Gj1Pc0Ye"`, path: 'run.ps1' },
      { text: `<input type="hidden" name="authenticity_token" value="Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya" />`, path: 'form.xml' },
      // Shaped like a Telegram bot token but not one: a four-digit bot id, text glued to its end.
      `telegram_api_token = "4821:AqZ7Lw2Xn9Kt4Hm1Pd6Fs3Gj8Yc0Rb5Vz"`,
      `telegram_api_token = "58213094:Aq7Lw2Xn9Kt4Hm1Pd6Fs3Gj8Yc0Rb5VzQeWhello"`,

      ...SPACED_SECRET_NEGATIVE,
    ],
  },
});
