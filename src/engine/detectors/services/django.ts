// Django's SECRET_KEY signs sessions, password-reset links and CSRF tokens. `startproject` writes 50 characters of
// a fixed alphabet (behind `django-insecure-` since 3.2) that often hold `$`, `%` or `(`, which the generic rule's
// value class leaves out, so the settings file's key went unseen.
import { defineDetector } from '../../defineDetector';
import { minEntropy, standardValidators } from '../../judge/validators';
import { rx } from '../fragments';

// get_random_secret_key()'s alphabet and length.
const KEY = String.raw`(?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50}`;

export const djangoSecretKey = defineDetector({
  id: 'secret/django-secret-key',
  title: 'Django SECRET_KEY',
  severity: 'warning',
  role: 'api-secret',
  envName: 'DJANGO_SECRET_KEY',
  message: 'Django SECRET_KEY {masked} is written in the settings.',
  risk: 'Whoever has it forges session cookies, password-reset links and signed values: they log in to the site as any user, admins included.',
  advice: 'Read it from an environment variable, and make a new one (django.core.management.utils.get_random_secret_key) if this one was committed or shared: every session signed with it ends.',
  keywords: ['secret_key'],
  validate: [...standardValidators, minEntropy(3.5)],
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z0-9_.])SECRET_KEY[ \t]*=[ \t]*[rbu]?(?<q>["'])(?<v>${KEY})\k<q>`), files: ['python'] },
    // The fallback of an environment lookup is the key whenever the variable is unset.
    {
      re: rx(String.raw`(?:environ\.get|getenv|env|config)\([ \t]*["'](?:DJANGO_)?SECRET_KEY["'][ \t]*,[ \t]*(?:default[ \t]*=[ \t]*)?[rbu]?(?<q>["'])(?<v>${KEY})\k<q>`),
      files: ['python'],
    },
  ],
  examples: {
    positive: [
      { text: `# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '⟦django-insecure-k3$v!q9z(w2m#x7r_p4n=t8b^c1l&f6h%j0d+s5g*y-e@u3a(o⟧'\n`, path: 'shop/settings.py' },
      { text: `SECRET_KEY = "⟦q7#wz2m$x9r(l4n_v8t=k1b^c6p&f3h%j0d+s5gy-e@u2a*ok7⟧"\n`, path: 'config/settings/base.py' },
      { text: `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "⟦django-insecure-w8%k2q#z(m5x!r9l_n3v=t7b^c0p&f4h$j6d+s1g*y-e@u8a)o⟧")\n`, path: 'app/settings.py' },
      { text: `SECRET_KEY = config('SECRET_KEY', default='⟦z4q#w9m$x2r(l7n_v1t=k8b^c3p&f6h%j5d+s0g*y-e@u4a)ok⟧')\n`, path: 'app/settings.py' },
    ],
    negative: [
      { text: `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`, path: 'app/settings.py' },
      { text: `SECRET_KEY = 'django-insecure-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n`, path: 'app/settings.py' },
      { text: `SECRET_KEY = "your-secret-key-here-change-me-in-production-please"\n`, path: 'app/settings.py' },
      // Not Django's shape: a Flask key of another length, and upper-case characters.
      { text: `app.config["SECRET_KEY"] = "Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE"\n`, path: 'app.py' },
      { text: `JWT_SECRET_KEY = 'k3$v!q9z(w2m#x7r_p4n=t8b^c1l&f6h%j0d+s5g*y-e@u3a(o'\n`, path: 'auth/tokens.py' },
    ],
  },
});
