// A password hashed from a literal when an app seeds its admin account (`passwordEncoder.encode("…")`,
// `bcrypt.hashpw(b"…", …)`, `make_password("…")`): the hash goes to the database, the password stays in the code.
import { defineDetector } from '../defineDetector';
import { digitOrSymbol, minClasses, minEntropy, notPathOrUrl, notWordIdentifier, standardValidators } from '../judge/validators';
import { PREFIX, Q, rx } from './fragments';

// Hashing calls whose first argument is the plain password: Spring's PasswordEncoder, bcrypt in Java, Python, JS,
// PHP and Ruby, argon2, Django, Werkzeug, Laravel. Spring's receiver must say password (`encode` alone is base64's).
const CALLS = [
  String.raw`(?<![A-Za-z0-9_])(?:new[ \t]+)?[A-Za-z0-9_]{0,30}[Pp]assword[A-Za-z0-9_]{0,30}(?:\(\))?\.encode`,
  String.raw`\b(?:BCrypt|bcrypt|bcryptjs|argon2)\.(?:hashpw|hashSync|hash)`,
  String.raw`\bBCrypt::Password\.create`,
  String.raw`\b(?:password_hash|make_password|generate_password_hash|hashPassword|hash_password)`,
  String.raw`\bHash::make`,
];
const VALUE = String.raw`[^\s"'\`\\]{8,64}`;

export const hashedPassword = defineDetector({
  id: 'secret/hashed-password',
  title: 'password hashed from a literal',
  severity: 'warning',
  role: 'password',
  message: 'Password {masked} is hashed from a literal: the password itself is in the code.',
  risk: 'The hash protects the database, not the account: anyone who reads the code logs in with the password.',
  advice: 'Read the first password from an environment variable (or generate it and print it once), and change it if the file was ever shared or committed.',
  // `password` covers the encoders' receivers and the password_hash family; `encode` alone is on every other Python line.
  keywords: ['password', 'hashpw', 'hashsync', 'bcrypt', 'argon2', 'hash::make'],
  validate: [...standardValidators, notPathOrUrl, notWordIdentifier, digitOrSymbol, minClasses(3), minEntropy(2.5)],
  patterns: [{ re: rx(String.raw`(?:${CALLS.join('|')})[ \t]*\([ \t]*${PREFIX}${Q}(?<v>${VALUE})${Q}`) }],
  examples: {
    positive: [
      { text: `if (admin == null) {\n  admin.setPassword(passwordEncoder.encode("⟦Adm!n#Vault2024⟧"));\n}`, path: 'src/main/java/app/config/Seed.java' },
      `hashed = bcrypt.hashpw(b"⟦Tr4d3r!Root⟧", bcrypt.gensalt())`,
      { text: `String h = new BCryptPasswordEncoder().encode("⟦0ps#Seed77x⟧");`, path: 'Seed.java' },
      `User.objects.create(username="ops", password=make_password("⟦Qz7#mLp2Wx⟧"))`,
      { text: `$user->password = Hash::make('⟦Kd8!vTq3Lm⟧');`, path: 'database/seeders/AdminSeeder.php' },
    ],
    negative: [
      // From the environment or a variable; too plain to be a password; base64 encoding is not hashing.
      { text: `admin.setPassword(passwordEncoder.encode(System.getenv("ADMIN_PASSWORD")));`, path: 'Seed.java' },
      { text: `admin.setPassword(passwordEncoder.encode("12345"));`, path: 'Seed.java' },
      { text: `String b = Base64.getEncoder().encodeToString("Hello#World2024".getBytes());`, path: 'Util.java' },
      { text: `byte[] b = Base64.getEncoder().encode("Hello#World2024".getBytes());`, path: 'Util.java' },
      `hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())`,
      `pw = make_password("changeme")`,
    ],
  },
});
