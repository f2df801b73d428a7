// LLM provider keys beyond OpenAI and Anthropic (those are in tokens.ts): bots call them for signals and news.
import { defineDetector } from '../../defineDetector';
import { minEntropy, standardValidators } from '../../judge/validators';
import { rx } from '../fragments';
import { namedKey } from './named';

export const aiApiKey = defineDetector({
  id: 'secret/ai-api-key',
  title: 'AI provider API key',
  severity: 'error',
  role: 'api-key',
  message: '{exchange} API key {masked} is hard-coded.',
  risk: 'Anyone who has it runs requests billed to your account on that service.',
  advice: 'Move it to an environment variable. If it was shared or committed, revoke the key in the {exchange} console and create a new one.',
  keywords: ['xai-', 'gsk_', 'pplx-', 'deepseek', 'mistral', 'cohere', 'api_org_', 'tgp_v1_', 'r8_'],
  validate: [...standardValidators, minEntropy(3.5)],
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])`), keywords: ['xai-'], exchange: 'xAI', envName: 'XAI_API_KEY' },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_-])`), keywords: ['gsk_'], exchange: 'Groq', envName: 'GROQ_API_KEY' },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])`), keywords: ['pplx-'], exchange: 'Perplexity', envName: 'PERPLEXITY_API_KEY' },
    // DeepSeek's keys are `sk-` and 32 hex: OpenAI-shaped, so a DeepSeek name or base URL in the file anchors them.
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>sk-[0-9a-f]{32})(?![A-Za-z0-9_-])`), keywords: ['sk-'], requires: { fileContains: ['deepseek'] }, exchange: 'DeepSeek', envName: 'DEEPSEEK_API_KEY' },
    // Hugging Face organisation tokens (letters only), Together AI's v1 keys, Replicate's API tokens.
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>api_org_[A-Za-z]{34})(?![A-Za-z0-9_])`), keywords: ['api_org_'], exchange: 'Hugging Face', envName: 'HF_TOKEN' },
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`), keywords: ['tgp_v1_'], exchange: 'Together AI', envName: 'TOGETHER_API_KEY' },
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])`), keywords: ['r8_'], exchange: 'Replicate', envName: 'REPLICATE_API_TOKEN' },
    namedKey(/mistral/i, String.raw`[A-Za-z0-9]{32}(?![A-Za-z0-9_-])`, { exchange: 'Mistral', envName: 'MISTRAL_API_KEY', keywords: ['mistral'] }),
    namedKey(/cohere|(?:^|_)co_api_key/i, String.raw`[A-Za-z0-9]{40}(?![A-Za-z0-9_-])`, { exchange: 'Cohere', envName: 'COHERE_API_KEY', keywords: ['cohere', 'co_api_key'] }),
  ],
  examples: {
    positive: [
      `client = OpenAI(api_key="⟦xai-a6LAwKkFj3c9GgZ4gRoONHlz19FwyUmyKxibSauFByj7mRMmZ7nkclB4Tznz49f8PFPxQoFaR5qHPVt5⟧", base_url="https://api.x.ai/v1")`,
      { text: `GROQ_API_KEY=⟦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⟧\n`, path: '.env' },
      `const pplx = "⟦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⟧";`,
      `client = OpenAI(api_key="⟦sk-11d5dd2c1eb6e255c4842bfbef0a62b9⟧", base_url="https://api.deepseek.com")`,
      `MISTRAL_API_KEY = "⟦9JHgUr1GSzaHGjgpEdojCJ5AVKHnLvTq⟧"`,
      `HF_ORG_TOKEN = "⟦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⟧"`,
      `client = Together(api_key="⟦tgp_v1_7MKBVoyJ1GuwIm5YE_bwPZ-3gBDnwAgB-LuPtk79bTM⟧")`,
      { text: `REPLICATE_API_TOKEN=⟦r8_oskHfUcEKGTXqIPz0iHatIaiKEyxb2IKBFGYn⟧\n`, path: '.env' },
      `co = cohere.Client(api_key=COHERE)\nCOHERE_API_KEY = "⟦2GOBbiEX1IpTlE9gUSV7HVHVYxM87tHd6lM7oKrn⟧"`,
    ],
    negative: [
      `XAI_API_KEY = os.environ["XAI_API_KEY"]`,
      `GROQ_API_KEY = "gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      `key = "sk-11d5dd2c1eb6e255c4842bfbef0a62b9"  # OpenAI-shaped, no provider named`,
      `MISTRAL_MODEL = "mistral-large-latest"`,
      `const pplx = "pplx-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV";`,
      `HF_ORG_TOKEN = "api_org_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      `r8_register_count_for_the_fixture_2024 = 1`,
    ],
  },
});
