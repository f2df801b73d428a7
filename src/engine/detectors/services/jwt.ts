// JSON Web Tokens (bearer credentials: whoever holds one is its subject until it expires) and JSON Web Keys
// with a private member (`d`: the key that signs such tokens).
import { defineDetector, type Validator } from '../../defineDetector';
import { isPlaceholder, notPlaceholder } from '../../judge/validators';
import { rx } from '../fragments';

/** Decodes one base64url segment as a JSON object, or undefined. */
function jsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A real JWT: its header is JSON naming a signing algorithm (not `none`), its payload is JSON, and it is not a
 * Supabase `anon` key, which ships to browsers by design (row-level security guards the data), nor a placeholder
 * signature (`your-signature-here`).
 */
const jwtStructure: Validator = {
  name: 'jwt-structure',
  test: (v) => {
    const [header, payload] = v.split('.');
    const h = jsonSegment(header);
    const p = jsonSegment(payload);
    if (!h || !p || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none') return false;
    return p.role !== 'anon' && !isPlaceholder(v.slice(v.lastIndexOf('.') + 1));
  },
};

export const jsonWebToken = defineDetector({
  id: 'secret/jwt',
  title: 'JSON Web Token',
  severity: 'warning',
  role: 'token',
  envName: 'AUTH_TOKEN',
  message: 'JSON Web Token {masked} is hard-coded.',
  risk: 'Whoever has it is signed in as its subject until it expires (many never do).',
  advice: 'Load it at run time instead. If it was shared or committed, revoke it (or rotate the signing key) at the service that issued it.',
  keywords: ['eyj'],
  validate: [notPlaceholder, jwtStructure],
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>eyJ[A-Za-z0-9_-]{10,800}\.eyJ[A-Za-z0-9_-]{2,4000}\.[A-Za-z0-9_-]{16,1400})(?![A-Za-z0-9_-])`) },
  ],
  examples: {
    positive: [
      `headers = {"Authorization": "Bearer ⟦eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJib3QtYjVkNjY1IiwiaWF0IjoxNzMzMzAwMDAwLCJzY29wZSI6InRyYWRlIn0.VldYvH2nYlTPpRUc-xgAxYay_Tek1nzvk-_CnYBRtbA⟧"}`,
      { text: `ACCESS_TOKEN=⟦eyJhbGciOiJSUzI1NiIsImtpZCI6IjUyNTg3NzE1In0.eyJpc3MiOiJodHRwczovL2F1dGguYm90LmRldiIsImV4cCI6MTg5MzQ1NjAwMH0.nrUb3D91n-GwDmFM2zRgt0eaCOF9nt2xkc8_U4qC-AtTBAIxkS2NLXIyewoTgajLh0TL4a76vd8ZZ6wgAVcbLQ⟧\n`, path: '.env' },
    ],
    negative: [
      // The header is JSON without `alg`: not a JWT.
      `token = "eyJmb28iOiJiYXIifQ.eyJzdWIiOiJib3QtYjVkNjY1IiwiaWF0IjoxNzMzMzAwMDAwLCJzY29wZSI6InRyYWRlIn0.VldYvH2nYlTPpRUc-xgAxYay_Tek1nzvk-_CnYBRtbA"`,
      // Supabase's anon key is public by design.
      `const supabaseAnonKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2QiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTczMzMwMDAwMH0.CuAgPzdtfuzZnYZY64qGlcjDEL-CBMsHH3VTgX5p4js";`,
      `token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.your-signature-here"`,
      `const part = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";`,
    ],
  },
});

/** Members of a JWK that only private keys have: `d` (EC, OKP, RSA) — `k` of a symmetric key is matched too. */
export const jwkPrivateKey = defineDetector({
  id: 'secret/jwk-private-key',
  title: 'JSON Web Key with its private part',
  severity: 'error',
  role: 'private-key',
  envName: 'JWK_PRIVATE_KEY',
  message: 'A private JSON Web Key ({masked}) is in this file.',
  risk: 'Its "d" or "k" member lets whoever holds it sign tokens and requests as you.',
  advice: 'Keep it outside the repository, and replace the key pair (publish a new key id) if it was shared or committed.',
  keywords: ['kty'],
  validate: [notPlaceholder],
  patterns: [
    {
      re: rx(String.raw`\\?"[dk]\\?"[ \t]*:[ \t]*\\?"(?<v>[A-Za-z0-9_-]{22,700})\\?"`),
      linesBefore: 12,
      linesAfter: 12,
      requires: { near: { pattern: /\\?"kty\\?"[ \t]*:/, before: 800, after: 800 } },
    },
  ],
  examples: {
    positive: [
      `{"kty":"EC","x":"volU5jcBloV0W7BEHoaFkoBsRfwVRISSZE9qxzNOHF8","y":"jTvnSg7cQ8fPUAG1In0KIcFf0uGM5yzuAOALuyxpLmg","crv":"P-256","d":"⟦ViL0XfWyLmvP-QJMYVvH1oeySJL4SynE8VM8FhLhxbE⟧"}`,
      { text: `{\n  "keys": [{\n    "kty": "EC",\n    "crv": "P-256",\n    "x": "volU5jcBloV0W7BEHoaFkoBsRfwVRISSZE9qxzNOHF8",\n    "y": "jTvnSg7cQ8fPUAG1In0KIcFf0uGM5yzuAOALuyxpLmg",\n    "d": "⟦ViL0XfWyLmvP-QJMYVvH1oeySJL4SynE8VM8FhLhxbE⟧"\n  }]\n}`, path: 'keys/signing.jwk.json' },
    ],
    negative: [
      // A public key: `n` and `e` (AQAB) only.
      `{"kty":"RSA","e":"AQAB","n":"pWc9MZQrjXS8vvXzvxm8Hc27iiP-7XOCJGAUsPMmmqvi2A","kid":"k1"}`,
      `{"kty":"EC","crv":"P-256","x":"volU5jcBloV0W7BEHoaFkoBsRfwVRISSZE9qxzNOHF8","y":"jTvnSg7cQ8fPUAG1In0KIcFf0uGM5yzuAOALuyxpLmg"}`,
      `{"d": "ViL0XfWyLmvP-QJMYVvH1oeySJL4SynE8VM8FhLhxbE"}`,
    ],
  },
});
