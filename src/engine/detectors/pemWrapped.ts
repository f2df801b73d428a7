// Private keys that are not written as PEM text: a whole PEM file base64-encoded again (Kubernetes secrets,
// CI variables: `LS0tLS1CRUdJTi…`), and bare base64 DER (PKCS#8, PKCS#1, SEC1) without the armour lines.
import { defineDetector, type Validator } from '../defineDetector';
import { pemBodyIsBase64 } from '../judge/validators';
import { rx } from './fragments';

const B64 = '[A-Za-z0-9+/]';
// The start of each DER private-key encoding in base64: PKCS#8 RSA, PKCS#1 RSA (a 512-bit one's modulus length fits
// one byte: `IBAAJB`, as small JWT signing keys in CI variables), PKCS#8 EC, PKCS#8 Ed25519, SEC1 EC.
const DER_START = String.raw`MII${B64}{3}IBADANBgkqhkiG9w0BAQEFAAS|MII${B64}{3}IBAA(?:K|JB)|MIG${B64}AgEAMB${B64}GByqGSM49AgEG|MC4CAQAwBQYDK2Vw|MH[cQ]CAQEEI|MIGkAgEBBDA`;

/** The PEM text inside a base64-wrapped PEM, when it is a private key with a real body. */
const wrapsPrivatePem: Validator = {
  name: 'wraps-private-pem',
  reach: { before: 0, after: 0 }, // the value only
  test: (v, ctx) => {
    const pem = Buffer.from(v, 'base64').toString('latin1');
    return /^-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/.test(pem) && pemBodyIsBase64.test(pem, ctx);
  },
};

/** Whole DER: one SEQUENCE whose encoded length is the blob's, so a truncated or made-up blob fails. */
const wholeDer: Validator = {
  name: 'whole-der-sequence',
  test: (v) => {
    const b = Buffer.from(v, 'base64');
    if (b.length < 34 || b[0] !== 0x30) return false;
    const l = b[1];
    if (l < 0x80) return 2 + l === b.length;
    if (l === 0x81) return 3 + b[2] === b.length;
    if (l === 0x82) return 4 + ((b[2] << 8) | b[3]) === b.length;
    return false;
  },
};

export const wrappedPrivateKey = defineDetector({
  id: 'secret/private-key-base64',
  title: 'base64-encoded private key',
  severity: 'error',
  role: 'private-key',
  envName: 'PRIVATE_KEY',
  message: 'A base64-encoded private key ({masked}) is in this file.',
  risk: 'Encoding is not encryption: whoever reads it can sign as you (API requests, SSH, TLS).',
  advice: 'Keep the key outside the repository, and replace the key if the file was ever shared or committed.',
  keywords: ['ls0tls1crudjt', 'mii', 'ageamb', 'migkagebbda', 'mc4caqawbqydk2vw', 'mhccaqeei', 'mhqcaqeei'],
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z0-9+/])(?<v>LS0tLS1CRUdJTi${B64}{60,12000}={0,2})(?![A-Za-z0-9+/=])`), keywords: ['ls0tls1crudjt'], validate: [wrapsPrivatePem] },
    {
      re: rx(String.raw`(?<![A-Za-z0-9+/])(?<v>(?:${DER_START})${B64}{8,3000}={0,2})(?![A-Za-z0-9+/=])`),
      keywords: ['mii', 'ageamb', 'migkagebbda', 'mc4caqawbqydk2vw', 'mhccaqeei', 'mhqcaqeei'],
      validate: [wholeDer],
      // The first body line of an ordinary PEM block is the PEM detector's.
      requires: { notNear: { pattern: /-----BEGIN [A-Z ]{0,30}KEY-----/, before: 100 } },
    },
  ],
  examples: {
    positive: [
      { text: `apiVersion: v1\nkind: Secret\ndata:\n  tls.key: ⟦LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1DNENBUUF3QlFZREsyVndCQ0lFSU1xYjIzeUdLYi9Jblp3VzY1Z3F2Q0puVjRiWVZ6R2hmaEZvcktIc3pydlMKLS0tLS1FTkQgUFJJVkFURSBLRVktLS0tLQo=⟧\n`, path: 'k8s/secret.yaml' },
      `ED25519_KEY = "⟦MC4CAQAwBQYDK2VwBCIEIMqb23yGKb/InZwW65gqvCJnV4bYVzGhfhForKHszrvS⟧"`,
      `signer_der = "⟦MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgViL0XfWyLmvP+QJMYVvH1oeySJL4SynE8VM8FhLhxbGhRANCAAS+iVTmNwGWhXRbsEQehoWSgGxF/BVEhJJkT2rHM04cX40750oO3EPHz1ABtSJ9CiHBX9LhjOcs7gDgC7ssaS5o⟧"`,
      `EC_KEY = "⟦MHcCAQEEIFYi9F31si5rz/kCTGFbx9aHskiS+EspxPFTPBYS4cWxoAoGCCqGSM49AwEHoUQDQgAEvolU5jcBloV0W7BEHoaFkoBsRfwVRISSZE9qxzNOHF+NO+dKDtxDx89QAbUifQohwV/S4YznLO4A4Au7LGkuaA==⟧"`,
      // A throwaway 512-bit PKCS#1 RSA key generated for this example, exported in a CI step.
      { text: `      - run: |\n          echo 'export JWT_PRIVATE_KEY=⟦MIIBPAIBAAJBANyj7Waqgviq1Mwzwdd7XqLFsh+I9xAEEDMT50LkHlc7/1TpABZo7nZJoVNVo/LeWfn09Diew/ZTWbx8FkNq1WcCAwEAAQJABVbqPdvOg5oOwEpYXJCdv66tGtpDsF2IztOiexnuKgo8J2KzOyJjOUyCXyMMZoEDY/8V2SB+EP/20YIwl5JdgQIhAPU2jtqnov4vb/muMUX7TMKOKVUWuODFLl6xQNF4UcaHAiEA5lilQ84Ra/gfwtHJFRS3s6qrXT3tw/W9YhwtsZ+vUiECIQDoRGZqDNHiDRL2oJ4BmLirrLbP5zb1iTCT9zfbcimbbwIhAIVIa7AVL416z93ph2GUUEs8iNV1/PrzWTbIuUPa8xYhAiEAwddDlqGjlbNHxEHMzEKmPddREs7GO21HKYSnsylaJGQ=⟧' >> $BASH_ENV\n`, path: '.circleci/config.yml' },
    ],
    negative: [
      // A PEM block's first body line is the PEM detector's finding, not a second one.
      `-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIMqb23yGKb/InZwW65gqvCJnV4bYVzGhfhForKHszrvS\n-----END PRIVATE KEY-----`,
      // Truncated: the DER length does not match.
      `KEY = "MC4CAQAwBQYDK2VwBCIEIMqb23yGKb/InZwW65gqvCJnV4bY"`,
      // The same 512-bit key cut short, and its public half (SubjectPublicKeyInfo, `MFww…`).
      `KEY = "MIIBPAIBAAJBANyj7Waqgviq1Mwzwdd7XqLFsh+I9xAEEDMT50LkHlc7/1TpABZo7nZJoVNVo/LeWfn09Diew/ZTWbx8FkNq1WcCAwEAAQJABVbqPdvOg5oOwEpYXJCdv66t"`,
      // base64 of a public key PEM.
      `PUB = "LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUNvd0JRWURLMlZ3QXlFQWNpbjJxZTZOZkp5d1VKVjNBRDB0d0VQa3FwbS9MZjY3bGhGbm1WdXRUVFk9Ci0tLS0tRU5EIFBVQkxJQyBLRVktLS0tLQo="`,
    ],
  },
});
