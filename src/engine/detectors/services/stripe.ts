// Stripe keys besides the live secret keys (tokens.ts): test-mode keys, which move no money, and webhook
// signing secrets, which let anyone forge events (a "payment succeeded" the bot believes).
import { defineDetector, type Validator } from '../../defineDetector';
import { isPlaceholder, standardValidators } from '../../judge/validators';

/** Judges a test key by its random part: `sk_test_` itself holds the word "test", which marks placeholders elsewhere. */
const randomPartReal: Validator = { name: 'random-part-not-placeholder', test: (v) => !isPlaceholder(v.slice(8)) };
import { rx } from '../fragments';

export const stripeTestKey = defineDetector({
  id: 'secret/stripe-test-key',
  title: 'Stripe test-mode key',
  severity: 'info',
  role: 'api-key',
  envName: 'STRIPE_SECRET_KEY',
  exchange: 'Stripe',
  message: 'Stripe test-mode key {masked} is hard-coded.',
  risk: 'It moves no real money, but it reads and changes your test data.',
  advice: 'Keep it in an environment variable, so the live key later goes there too.',
  keywords: ['sk_test_', 'rk_test_'],
  validate: [randomPartReal],
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>[sr]k_test_[0-9A-Za-z]{24,99})(?![A-Za-z0-9])`) }],
  examples: {
    positive: [`stripe.api_key = "⟦sk_test_KtcUG8jvrkj3PadKSrYZraka⟧"`],
    negative: [`stripe.api_key = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"`, `stripe.api_key = "sk_test_your_secret_key_here_0000"`],
  },
});

export const stripeWebhookSecret = defineDetector({
  id: 'secret/stripe-webhook-secret',
  title: 'Stripe webhook signing secret',
  severity: 'warning',
  role: 'api-secret',
  envName: 'STRIPE_WEBHOOK_SECRET',
  exchange: 'Stripe',
  message: 'Stripe webhook signing secret {masked} is hard-coded.',
  risk: 'With it anyone can forge events your endpoint trusts.',
  advice: 'Move it to an environment variable. If it was shared or committed, roll the secret in Stripe Dashboard > Developers > Webhooks.',
  keywords: ['whsec_'],
  validate: standardValidators,
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>whsec_[A-Za-z0-9+/]{32,64}={0,2})(?![A-Za-z0-9+/=])`) }],
  examples: {
    positive: [`endpoint_secret = "⟦whsec_PzH8YCxGtzs2MpUrlPVQycIcqetrw8M2⟧"`],
    negative: [`endpoint_secret = "whsec_..."`, `endpoint_secret = os.environ["STRIPE_WEBHOOK_SECRET"]`],
  },
});
