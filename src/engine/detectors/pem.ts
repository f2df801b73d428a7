import { defineDetector } from '../defineDetector';
import { pemBodyIsBase64 } from '../judge/validators';
import { rx } from './fragments';

export const pemPrivateKey = defineDetector({
  id: 'secret/pem-private-key',
  title: 'PEM private key',
  severity: 'error',
  role: 'private-key',
  envName: 'PRIVATE_KEY',
  message: 'Private key {masked} is in this file.',
  risk: 'Whoever holds it can sign as you: API requests, SSH logins, TLS.',
  advice: 'Keep it outside the repository (a file the code reads, or an environment variable). If it was ever shared or committed, replace it and revoke the old one wherever it is registered.',
  keywords: ['-----begin'],
  validate: [pemBodyIsBase64],
  patterns: [
    {
      // Any private-key END closes it: a hand-assembled key's labels may differ (BEGIN PRIVATE KEY … END RSA PRIVATE
      // KEY) and it is a key all the same; the body cannot run past the first armour line either way.
      re: rx(String.raw`-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){16,16000}-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----`),
      // Windows reach 4 KB past a keyword line: from both armour lines they meet over keys up to about 8 KB
      // (RSA-8192, post-quantum ML-DSA and ML-KEM keys, a key pasted into a log with a prefix per line).
      keywords: ['-----begin', '-----end'],
      linesBefore: 200,
      linesAfter: 200,
    },
  ],
  examples: {
    positive: [
      `⟦-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBmB1cRy6bF1Wn2yPq4g8sZk0Jt3Lh5Vd7Xa9Ec2Ru6ToAoGCCqGSM49\nAwEHoUQDQgAEq3pX6m1Yc8Zt2Wf5Jd9Rk0Lh7Vb4Ns6Gx1Ea3Uq8Ty5Mc2Hw9Pz0\n-----END EC PRIVATE KEY-----⟧`,
      `{"secret": "⟦-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIJq7Xv2Lm9Rt4Wc8Yz1Kp6Hd3Nf5Gs0Ba2Ue7Qi9Ox4\\n-----END PRIVATE KEY-----⟧"}`,
      // Built from string literals, one per line, with mismatched labels (issue #19).
      { text: `static final String KEY = "⟦-----BEGIN PRIVATE KEY-----\\n"\n  + "gaHOPfj865hAFYgvqiddMSaTNVEvK/HKERL8D2XGGnjJMzHwHp5RqFEa9XOr55+0\\n"\n  + "atkuikhu+ER1mPpTDDfVEGp3DsyO7V7DOA7iuwMX4W/78HSdaacCWEaKiqcVGcjR\\n"\n  + "Z2wanDWzLIdYr6lAcHFHmHkgVvi/V/imkLn/frTypNXMKxBJ+92a55oJJLFMyPsT\\n"\n  + "-----END RSA PRIVATE KEY-----⟧";`, path: 'Signer.java' },
    ],
    negative: [
      `-----BEGIN PRIVATE KEY-----\nYOUR PRIVATE KEY\n-----END PRIVATE KEY-----`,
      `pem = "-----BEGIN RSA PRIVATE KEY-----\\n" + b64 + "\\n-----END RSA PRIVATE KEY-----"`,
      `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3pX6m1Yc8Zt2Wf5Jd9Rk0Lh7Vb4Ns6G\n-----END PUBLIC KEY-----`,
    ],
  },
});
