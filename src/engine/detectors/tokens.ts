// Common service tokens that trading bots carry: RPC providers, cloud, code hosting, AI APIs, chat.
import { defineDetector, type Validator } from '../defineDetector';
import { githubTokenChecksumValid } from '../crypto/crc32';
import { notCiphertext, notDocumentedExample, notPlaceholder, standardValidators } from '../judge/validators';
import { assigned, OQ, PREFIX, rx } from './fragments';

export const rpcUrlKey = defineDetector({
  id: 'secret/rpc-url-key',
  title: 'RPC provider key in a URL',
  severity: 'warning',
  role: 'api-key',
  message: 'RPC provider key {masked} is part of this URL.',
  risk: 'Anyone who has the URL can spend your request quota (and bill your plan) with it.',
  advice: 'Keep the URL in an environment variable. If it was shared or committed, rotate the key in the {exchange} dashboard.',
  keywords: ['infura.io', 'alchemy.com', 'alchemyapi.io', 'quiknode.pro', 'helius', 'ankr.com', 'p2pify.com', 'getblock.io', 'blastapi.io', 'blockpi.network', 'nodereal.io', 'chainstack.com'],
  validate: standardValidators,
  patterns: [
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,40}\.infura\.io/(?:ws/)?v3/(?<v>[0-9a-f]{32})(?![0-9a-f])`), exchange: 'Infura' },
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,40}\.(?:g\.alchemy\.com|alchemyapi\.io)/(?:nft/)?v[23]/(?<v>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])`), exchange: 'Alchemy' },
    // Ethereum mainnet endpoints have no chain label (name.quiknode.pro), others do (name.bsc.quiknode.pro).
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,40})?\.quiknode\.pro/(?<v>[0-9a-f]{40})(?![0-9a-f])`), exchange: 'QuickNode' },
    // Solana bots: Helius RPC and API URLs carry the key as a query parameter. The host is required near the
    // parameter, not matched with it: a path-and-query regex repeats inside repeats (the ReDoS check took 10 s).
    {
      re: rx(String.raw`[?&]api-key=(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])`),
      requires: { near: { pattern: /(?:https?|wss?):\/\/(?:[a-z0-9-]{1,40}\.){1,2}(?:helius-rpc\.com|helius\.xyz)\//, before: 300 } },
      exchange: 'Helius',
      keywords: ['helius'],
    },
    { re: rx(String.raw`(?:https?|wss?)://rpc\.ankr\.com/[a-z0-9_]{1,40}(?:/ws)?/(?<v>[0-9a-f]{64})(?![0-9a-f])`), exchange: 'Ankr', keywords: ['rpc.ankr.com'] },
    // Ankr's older regional API hosts carry a project id and a token (`apis-sj.ankr.com/wss/<id>/<token>/bsc/full/main`).
    { re: rx(String.raw`(?:https?|wss?)://apis(?:-[a-z]{2,4})?\.ankr\.com/(?:wss?/)?[0-9a-f]{32}/(?<v>[0-9a-f]{32})/`), exchange: 'Ankr', keywords: ['ankr.com'] },
    { re: rx(String.raw`(?:https?|wss?)://nd-[0-9]{3}-[0-9]{3}-[0-9]{3}\.p2pify\.com/(?<v>[0-9a-f]{32})(?![0-9a-f])`), exchange: 'Chainstack', keywords: ['p2pify.com'] },
    { re: rx(String.raw`(?:https?|wss?)://go\.getblock\.io/(?<v>[0-9a-f]{32})(?![0-9a-f])`), exchange: 'GetBlock', keywords: ['getblock.io'] },
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,40}\.blastapi\.io/(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])`), exchange: 'Blast', keywords: ['blastapi.io'] },
    // BlockPI (`<chain>.blockpi.network/v1/rpc/<key>`; `/rpc/public` is the keyless endpoint), NodeReal, Chainstack's
    // newer hosts (`<chain>.core.chainstack.com/<key>`).
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,40}\.blockpi\.network/v1/(?:rpc|ws)/(?<v>[0-9a-f]{40})(?![0-9a-f])`), exchange: 'BlockPI', keywords: ['blockpi.network'] },
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,40}\.nodereal\.io/(?:ws/)?v1/(?<v>[0-9a-f]{32})(?![0-9a-f])`), exchange: 'NodeReal', keywords: ['nodereal.io'] },
    { re: rx(String.raw`(?:https?|wss?)://[a-z0-9-]{1,60}\.core\.chainstack\.com/(?:ws/)?(?<v>[0-9a-f]{32})(?![0-9a-f])`), exchange: 'Chainstack', keywords: ['chainstack.com'] },
  ],
  examples: {
    positive: [
      `RPC_URL = "https://mainnet.infura.io/v3/⟦3f7a91c2e8d54b6fa0c19e27d4b8a653⟧"`,
      `const ws = 'wss://eth-mainnet.g.alchemy.com/v2/⟦Xq3bJ6ZpYw0Tn8kVhR2mLc5sGd9fUaE1⟧';`,
      `const nft = "https://eth-mainnet.g.alchemy.com/nft/v3/⟦XViMKL3ffSjUjLfvI02-Jd0XOo-NZpZu⟧/getNFTsForOwner";`,
      `RPC = "https://eth-mainnet.alchemyapi.io/v2/⟦cC8OV94lz7WZbRGs5NMNGUzDt2gITwAu⟧"`,
      `ENDPOINT=https://shy-bold-pond.bsc.quiknode.pro/⟦0f4c6e2b8a1d3f5e7c9b0a2d4f6e8c1a3b5d7f9e⟧/`,
      `const rpc = "https://little-wild-frost.quiknode.pro/⟦4c7b2e9f1a8d3c6b5e0f7a2d9c4b1e8f3a6d0c5b⟧/";`,
      `RPC = "https://mainnet.helius-rpc.com/?api-key=⟦3f9a1c7e-5b2d-4f4a-8c0e-9b1d7f3a5c8e⟧"`,
      `url = f"https://api.helius.xyz/v0/addresses/{addr}/transactions?limit=10&api-key=⟦3f9a1c7e-5b2d-4f4a-8c0e-9b1d7f3a5c8e⟧"`,
      `const provider = new JsonRpcProvider("https://rpc.ankr.com/eth/⟦8c3e1a7f5b9d2e4c6a0f8b3d1e7c5a9f2b4d6e8a0c3f5b7d9e1a4c6f8b0d2e4a⟧");`,
      { text: `WS_NODE=wss://apis-sj.ankr.com/wss/3b9e2f71c04d5a68e1f7b2c93d0a4e56/⟦c81f4e2a97d3b05e6a1c8f2d4b7e9a30⟧/binance/full/main\n`, path: '.env' },
      { text: `BASE_RPC=https://nd-123-456-789.p2pify.com/⟦6ef1a7c3d9b24e5f8a0c1d2e3f4a5b6c⟧\n`, path: '.env' },
      { text: `BSC_RPC=https://go.getblock.io/⟦3441c7e9a2b84d5f9e0a1b2c3d4e5f6a⟧\n`, path: '.env' },
      `w3 = Web3(Web3.HTTPProvider("https://bsc-mainnet.blastapi.io/⟦e5d2b0c4-7f3a-4c91-b8e6-2a9d41f07c35⟧"))`,
      `polygon_rpc = "https://polygon.blockpi.network/v1/rpc/⟦7c2e9a41f0b35d86e1a4c7f90b2d5e3a8c6f1b04⟧"`,
      { text: `BSC_RPC=https://bsc-mainnet.nodereal.io/v1/⟦64a9df0874fb4a93b9d0a3849de012d3⟧\n`, path: '.env' },
      `const rpc = "https://ethereum-mainnet.core.chainstack.com/⟦1052b3e7a9c4d6f8e0a2b4c6d8e0f2a4⟧";`,
    ],
    negative: [
      `RPC_URL = f"https://mainnet.infura.io/v3/{os.environ['INFURA_KEY']}"`,
      `url = "https://eth-mainnet.g.alchemy.com/v2/YOUR-API-KEY-HERE-YOUR-API-KEY-X"`,
      `RPC = f"https://mainnet.helius-rpc.com/?api-key={HELIUS_KEY}"`,
      `const provider = new JsonRpcProvider("https://rpc.ankr.com/eth");`,
      `RPC = f"https://eth-mainnet.blastapi.io/{BLAST_PROJECT_ID}"`,
      `WS_NODE=wss://apis-sj.ankr.com/wss/{project}/{token}/binance/full/main`,
      `RPC = "https://ethereum.blockpi.network/v1/rpc/public"`,
      "const bsc = `https://bsc-mainnet.nodereal.io/v1/${NODEREAL_KEY}`;",
      `CHAINSTACK_URL=https://ethereum-mainnet.core.chainstack.com/<your-api-key>`,
    ],
  },
});

/**
 * Drops an AWS key id that is the credential part of a presigned URL (`X-Amz-Credential=AKIA…/date/region/s3/
 * aws4_request`, or SigV2's `AWSAccessKeyId=`): a presigned URL hands its key id to whoever gets the link, by
 * design, and is signed for a limited time; the secret key never appears in it.
 */
const notPresignedUrlKeyId: Validator = {
  name: 'not-presigned-url-key-id',
  reach: { before: 24, after: 0 },
  test: (_v, ctx) => !/(?:X-Amz-Credential|AWSAccessKeyId)(?:=|%3D)$/i.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)),
};

/** A GitHub token whose CRC-32 checksum is right was issued by GitHub: no placeholder test for it (`ghp_…Test…`). */
const placeholderUnlessChecksummed: Validator = {
  name: 'placeholder-unless-checksummed',
  reach: { before: 0, after: 0 }, // the value only
  test: (v, ctx) => githubTokenChecksumValid(v) || notPlaceholder.test(v, ctx),
};

/** Where each service's tokens are revoked: the hover and the rule page show it. */
const REVOKE: Record<string, string> = {
  GitHub:
    "Move it to an environment variable (or a CI secret). If it was shared or committed, revoke it in GitHub Settings > Developer settings > Personal access tokens (or the app's settings) and create a new one.",
  OpenAI:
    "Move it to an environment variable. If it was shared or committed, revoke it on the OpenAI platform's API keys page and create a new one.",
  Slack:
    "Move it to an environment variable. If it was shared or committed, revoke it in your Slack app's settings (OAuth & Permissions, or Incoming Webhooks) and create a new one.",
};

/**
 * Slack bot and user tokens carry numeric team and user ids (`xoxb-<8+ digits>-…-<random>`); app configuration
 * tokens (`xoxp-1-…`) are long. Anything else with the prefix is a placeholder (`xoxb-12345-abcd`, `xoxb-my-bot-token`).
 */
const slackStructure: Validator = {
  name: 'slack-structure',
  test: (v) => !/^xox[bp]-/.test(v) || (v.startsWith('xoxp-1-') ? v.length >= 60 : /^xox[bp]-[0-9]{8,}-[0-9A-Za-z-]*[0-9A-Za-z]{8,}$/.test(v)),
};

/** Hugging Face tokens mix upper and lower case; one case only is a word run (`hf_servingcellpriority…`). */
const mixedCase: Validator = { name: 'mixed-case', test: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) };

export const cloudTokens = defineDetector({
  id: 'secret/cloud-token',
  title: 'cloud or service token',
  severity: 'error',
  role: 'token',
  message: '{exchange} credential {masked} is hard-coded.',
  risk: 'It grants access to your account on that service: anyone who reads the file, a clone or its history can use it.',
  advice: 'Move it to an environment variable. If this file was ever shared or committed, revoke it in the {exchange} console and create a new one.',
  keywords: ['xkeysib-', 'xsmtpsib-', 'akia', 'asia', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'sk-', 't3blbkfj', 'xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'hooks.slack.com', 'secret'],
  // The placeholder test is per pattern: a GitHub token that carries its checksum is real whatever words it spells.
  validate: [notDocumentedExample, notCiphertext],
  patterns: [
    { re: rx(String.raw`(?<![A-Z0-9])(?<v>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])`), envName: 'AWS_ACCESS_KEY_ID', exchange: 'AWS', advice: 'Move it to an environment variable or an AWS profile. If it was shared or committed, deactivate and delete the access key in the AWS IAM console (Users > Security credentials) and create a new one.', keywords: ['akia', 'asia', 'abia', 'acca'], validate: [notPlaceholder, notPresignedUrlKeyId] },
    {
      ...assigned(String.raw`${PREFIX}${OQ}(?<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`),
      envName: 'AWS_SECRET_ACCESS_KEY', exchange: 'AWS', advice: 'Move it to an environment variable or an AWS profile. If it was shared or committed, deactivate and delete the access key in the AWS IAM console (Users > Security credentials) and create a new one.',
      keywords: ['secret'],
      name: /aws.*secret|secret_?access_?key/i,
      validate: [notPlaceholder],
    },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>gh[pousr]_[A-Za-z0-9]{36,255})(?![A-Za-z0-9])`), envName: 'GITHUB_TOKEN', exchange: 'GitHub', advice: REVOKE.GitHub, keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], validate: [placeholderUnlessChecksummed] },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])`), envName: 'GITHUB_TOKEN', exchange: 'GitHub', advice: REVOKE.GitHub, keywords: ['github_pat_'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{8,160}T3BlbkFJ[A-Za-z0-9_-]{8,160})(?![A-Za-z0-9_-])`), envName: 'OPENAI_API_KEY', exchange: 'OpenAI', advice: REVOKE.OpenAI, keywords: ['t3blbkfj'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])`), envName: 'ANTHROPIC_API_KEY', exchange: 'Anthropic', advice: 'Move it to an environment variable. If it was shared or committed, delete it in the Anthropic Console (API keys) and create a new one.', keywords: ['sk-'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>xox[abposr]-[0-9A-Za-z-]{10,250})(?![A-Za-z0-9-])`), envName: 'SLACK_TOKEN', exchange: 'Slack', advice: REVOKE.Slack, keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-'], validate: [notPlaceholder, slackStructure] },
    { re: rx(String.raw`(?<v>https://hooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})(?![A-Za-z0-9])`), envName: 'SLACK_WEBHOOK_URL', exchange: 'Slack', advice: REVOKE.Slack, keywords: ['hooks.slack.com'], validate: [notPlaceholder] },
    // Services bots use for data, alerts and payments; each prefix is the provider's own. (Google API keys: services/google.ts.)
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>[sr]k_live_[0-9A-Za-z]{24,99})(?![A-Za-z0-9])`), envName: 'STRIPE_SECRET_KEY', exchange: 'Stripe', advice: 'Move it to an environment variable. If it was shared or committed, roll the key in the Stripe Dashboard (Developers > API keys).', keywords: ['sk_live_', 'rk_live_'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`), envName: 'SENDGRID_API_KEY', exchange: 'SendGrid', advice: 'Move it to an environment variable. If it was shared or committed, delete it in SendGrid (Settings > API Keys) and create a new one.', keywords: ['sg.'], validate: [notPlaceholder] },
    // Brevo (ex-Sendinblue): API keys `xkeysib-` and SMTP keys `xsmtpsib-`, 64 hex and a 16-character tail.
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>x(?:keys|smtps)ib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])`), envName: 'BREVO_API_KEY', exchange: 'Brevo', advice: 'Move it to an environment variable. If it was shared or committed, delete it in Brevo (SMTP & API > API keys) and create a new one.', keywords: ['xkeysib-', 'xsmtpsib-'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>hf_[A-Za-z0-9]{34,40})(?![A-Za-z0-9])`), envName: 'HF_TOKEN', exchange: 'Hugging Face', advice: 'Move it to an environment variable. If it was shared or committed, invalidate it in Hugging Face (Settings > Access Tokens) and create a new one.', keywords: ['hf_'], validate: [notPlaceholder, mixedCase] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>glpat-[0-9A-Za-z_-]{20})(?![A-Za-z0-9_-])`), envName: 'GITLAB_TOKEN', exchange: 'GitLab', advice: 'Move it to an environment variable (or a CI variable). If it was shared or committed, revoke it in GitLab (Preferences > Access Tokens) and create a new one.', keywords: ['glpat-'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])`), envName: 'NPM_TOKEN', exchange: 'npm', advice: 'Keep it in an environment variable (`//registry.npmjs.org/:_authToken=${NPM_TOKEN}`). If it was shared or committed, delete it on npmjs.com (Access Tokens) and create a new one.', keywords: ['npm_'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>CG-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])`), envName: 'COINGECKO_API_KEY', exchange: 'CoinGecko', advice: 'Move it to an environment variable. If it was shared or committed, regenerate it in the CoinGecko developer dashboard.', keywords: ['cg-'], validate: [notPlaceholder] },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,250})(?![A-Za-z0-9_-])`), envName: 'PYPI_TOKEN', exchange: 'PyPI', advice: 'Keep it in an environment variable or your keyring. If it was shared or committed, remove it on pypi.org (Account settings > API tokens) and create a new one.', keywords: ['pypi-'], validate: [notPlaceholder] },
  ],
  examples: {
    positive: [
      `AWS_ACCESS_KEY_ID = "⟦AKIAGSMOPFB34IQZ6GR5⟧"`,
      `aws_secret_access_key = "⟦dvpFykqjuR5EKHrQWJ/SIsGgUUnIoMkWgsevJC6d⟧"`,
      { text: `env:\n  GH_TOKEN: ⟦ghp_MmBvmNedSmw1XQY2zxlwdZZVMOtwO8M7RF8U⟧\n`, path: '.github/workflows/ci.yml' },
      // Spells "Test", which marks placeholders, but carries GitHub's checksum.
      `GITHUB_TOKEN = "⟦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⟧"`,
      `openai.api_key = "⟦sk-proj-Qm8Zr2Lw5Xv9Nb3Kt7HmT3BlbkFJ1Pd4Fs6Gj0YcRk4Vz9⟧"`,
      `SLACK_BOT_TOKEN = "⟦xoxb-2847561930-5729384756-Hq7Lz3Wp9Xv2Nb5Kt8Rm1Sd4⟧"`,
      `WEBHOOK = "⟦https://hooks.slack.com/services/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⟧"`,
      `stripe.api_key = "⟦sk_live_OTGTesCUc76ZhyBkYOFKEJrX⟧"`,
      `sg = SendGridAPIClient("⟦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⟧")`,
      `login(token="⟦hf_6ycMKD85bCggmBSzgrbaEiEO0Cp1nOtSd6⟧")`,
      { text: `          echo 'export BREVO_API_KEY=⟦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⟧' >> $BASH_ENV\n`, path: '.circleci/config.yml' },
      { text: `//registry.npmjs.org/:_authToken=⟦npm_1MgI2PVMv1zaRSTaTvbeoWHHmhZmniz8yAFR⟧\n`, path: '.npmrc' },
      `gl = gitlab.Gitlab(private_token="⟦glpat-ktH4hWeXLS0o6xbzYOvH⟧")`,
      `CG_KEY = "⟦CG-DXzM8pQ2wE5tY7uI9oP0aS3d⟧"`,
      { text: `[pypi]\nusername = __token__\npassword = ⟦pypi-AgEIcHlwaS5vcmcCJGE3ZTk2NmYxLTRhYjAtNGI1ZS04MGQ1LWZiNGE3ZDcyOWQ5YwACKlsz⟧\n`, path: '.pypirc' },
    ],
    negative: [
      `AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"`,
      // Presigned URLs carry the key id in the clear by design (recorded test responses are full of them).
      `url = "https://bkt.s3.amazonaws.com/r.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAGSMOPFB34IQZ6GR5%2F20240311%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=900&X-Amz-Signature=9f2c"`,
      `{"download": "https://bkt.s3.amazonaws.com/r.csv?X-Amz-Credential=AKIAGSMOPFB34IQZ6GR5/20240311/eu-west-1/s3/aws4_request&X-Amz-Signature=0b7e"}`,
      `link = "https://bkt.s3.amazonaws.com/a.zip?AWSAccessKeyId=AKIAGSMOPFB34IQZ6GR5&Expires=1710000000&Signature=q3Zt%2Bk"`,
      `token = os.environ["GH_TOKEN"]`,
      `const ghp = "ghp_your_token_here";`,
      // The same "Test" token with a wrong checksum: a placeholder as before.
      `GITHUB_TOKEN = "ghp_q7Test9FSO2Fpinq4D5kiFt7GRMn2g11yk6A"`,
      `region = "asia-southeast1"`,
      `stripe.api_key = "sk_test_OTGTesCUc76ZhyBkYOFKEJrX"  # test mode`,
      `model = "hf_internal_testing_tiny_random_model_x"`,
      `SLACK_BOT_TOKEN = "xoxb-48213-q7Lw2Xn"  # ids too short: a placeholder`,
      `SLACK_BOT_TOKEN = "xoxb-xoxb-my-bot-token"`,
      `HF_TOKEN = "hf_servingcellpriorityparametersdescripti"`,
      `SENDINBLUE_API_KEY = "xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx"`,
      `GITHUB_TOKEN = "github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
    ],
  },
});

export const discordWebhook = defineDetector({
  id: 'secret/discord-webhook',
  title: 'Discord webhook URL',
  severity: 'warning',
  role: 'webhook',
  envName: 'DISCORD_WEBHOOK_URL',
  message: 'Discord webhook URL {masked} is hard-coded.',
  risk: 'Anyone who has it can post to your channel: fake trade alerts, phishing links.',
  advice: 'Move it to an environment variable. If it was shared or committed, delete the webhook in Discord (Server Settings > Integrations > Webhooks) and create a new one.',
  keywords: ['discord'],
  validate: standardValidators,
  patterns: [
    { re: rx(String.raw`(?<v>https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])`) },
  ],
  examples: {
    positive: [
      `WEBHOOK = "⟦https://discord.com/api/webhooks/1187263541209384756/Hq7Lz3Wp9Xv2Nb5Kt8Rm1Sd4Fg6Jy0CeZt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aEwQ⟧"`,
      `hook = "⟦https://canary.discord.com/api/v10/webhooks/1187263541209384756/Tq1Lz3Wp9Xv2Nb5Kt8Rm1Sd4Fg6Jy0CeZt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE7w⟧"`,
      `const hook = '⟦https://discordapp.com/api/webhooks/918273645501928374/Rk4Vz9Xq2Lw7Np1Bt5Hm8Sd3Fg6Jc0YaMq5Xz8Wv2Lp7Nb1Kt4Hd9Sf3Gj6Rc0Ye12⟧';`,
    ],
    negative: [`WEBHOOK = os.environ["DISCORD_WEBHOOK_URL"]`, `docs = "https://discord.com/developers/docs/resources/webhook"`],
  },
});

/** A bot token's first part is the bot's user id (a 17–20 digit snowflake) in base64: exact enough to need no context. */
const discordBotId: Validator = {
  name: 'discord-user-id',
  test: (v) => /^\d{17,20}$/.test(Buffer.from(v.slice(0, v.indexOf('.')), 'base64url').toString('latin1')),
};

export const discordBotToken = defineDetector({
  id: 'secret/discord-bot-token',
  title: 'Discord bot token',
  severity: 'error',
  role: 'token',
  envName: 'DISCORD_BOT_TOKEN',
  message: 'Discord bot token {masked} is hard-coded.',
  risk: 'Anyone who has it runs your bot: posts as it in every server it joined and reads what it can read.',
  advice: 'Move it to an environment variable. If it was shared or committed, reset the token in the Discord Developer Portal (Applications > your app > Bot > Reset Token).',
  keywords: ['discord', 'token', 'bot', '.run(', 'client'],
  validate: [...standardValidators, discordBotId],
  patterns: [
    // The setting's name may sit on the line above or below the value (a .settings XML's `<Setting Name="DiscordToken">`
    // over its `<Value>`, a generated class's default-value attribute over `public string DiscordToken`).
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])`), linesBefore: 1, linesAfter: 1 },
  ],
  examples: {
    positive: [
      `client.run("⟦MTA5ODc2NTQzMjEwOTg3NjU0Mw.Wu6AIr.vrud1Kgv2sbpfFIU893cN4yM4xbfSDGXJ8i55u⟧")`,
      `DISCORD_TOKEN = "⟦ODc2NTQzMjEwOTg3NjU0MzIx.K3GCU_.-aNddCmVsIXj30EWSouwIudRHZw⟧"`,
      { text: `const { Client } = require('discord.js');\nclient.login('⟦MTA5ODc2NTQzMjEwOTg3NjU0Mw.Wu6AIr.vrud1Kgv2sbpfFIU893cN4yM4xbfSDGXJ8i55u⟧');`, path: 'bot.js' },
      { text: `<Setting Name="DiscordToken" Type="System.String" Scope="User">\n  <Value Profile="(Default)">⟦MTA5ODc2NTQzMjEwOTg3NjU0Mw.Wu6AIr.vrud1Kgv2sbpfFIU893cN4yM4xbfSDGXJ8i55u⟧</Value>\n</Setting>`, path: 'Properties/Settings.settings' },
      { text: `[global::System.Configuration.DefaultSettingValueAttribute("⟦MTA5ODc2NTQzMjEwOTg3NjU0Mw.Wu6AIr.vrud1Kgv2sbpfFIU893cN4yM4xbfSDGXJ8i55u⟧")]\npublic string DiscordToken {`, path: 'Properties/Settings.Designer.cs' },
    ],
    negative: [
      `client.run(os.environ["DISCORD_TOKEN"])`,
      `token = "MTIzNDU2Nzg5YWJjZGVmZ2hpams.Wu6AIr.vrud1Kgv2sbpfFIU893cN4yM4xbfSDGXJ8i55u"  # first part is not a user id`,
    ],
  },
});
