// Hard-coded passwords: short and chosen by people, so the generic rule's length and entropy bars let them through.
import { defineDetector, type Validator } from '../defineDetector';
import { chosenOrGenerated, notLocalServicePassword } from '../judge/passwordShape';
import { minEntropy, notPathOrUrl, notPublicShape, notWordIdentifier, standardValidators } from '../judge/validators';
import { assigned, bareLine, BARE_LINE_KINDS, PREFIX, Q, rx } from './fragments';

/**
 * Password names: `password`, `DB_PASSWORD`, `dbPassword`, `db_pwd`, the abbreviations `PSWD`, `PASWRD`,
 * `PSSWORD` (any of password's letters a, s, o, r left out), `DB_PASS` (not `password_hash`, `password_policy`,
 * `bypass`, nor the shell's `PWD`, which is the working directory).
 */
const PASSWORD_NAME = /(?:^|[_.-]|[a-z])pa?s{1,2}w(?:o?r)?d$|(?:[_.-]|[a-z])pwd$|^pwd$(?<!^PWD)|(?:^|[_.-])pass$/i;
const PASSWORD_VALUE = String.raw`[^\s"'\`\\]{8,64}`;
/** 8 to 64 characters: the length bar of patterns whose value is an open run (kept out of the regex). */
const PASSWORD_LENGTH: Validator = { name: 'length(8-64)', test: (v) => v.length >= 8 && v.length <= 64 };

/**
 * Short hard-coded passwords, which the generic rule's length and entropy bars let through: people pick
 * them, so they are short and wordy, but a password in code is one all the same.
 */
export const hardCodedPassword = defineDetector({
  id: 'secret/password',
  title: 'hard-coded password',
  severity: 'warning',
  role: 'password',
  message: 'Password {masked} is written in the code as {name}.',
  risk: 'Anyone who reads the file or its history can log in with it.',
  advice: 'Move it to an environment variable, and change the password if the file was ever shared or committed.',
  // The abbreviations' stems (psw, pssw, pasw) and a separated pass (DB_PASS); a bare `pass` would wake on every Python `pass`.
  keywords: ['password', 'passwd', 'pwd', 'psw', 'pssw', 'pasw', '_pass', '-pass', '.pass'],
  validate: [...standardValidators, notPathOrUrl, notPublicShape, notWordIdentifier, chosenOrGenerated, minEntropy(2.5), notLocalServicePassword],
  patterns: [
    { ...assigned(String.raw`${PREFIX}${Q}(?<v>${PASSWORD_VALUE})${Q}`), name: PASSWORD_NAME },
    { re: rx(bareLine(String.raw`[^\s"'\`\\<>{}$,;]{8,64}`), 'm'), name: PASSWORD_NAME, files: BARE_LINE_KINDS },
    // Unquoted on a command line: `mysql -u bot --password Xy7…`, `gpg --passphrase …` (quoted ones are sites).
    {
      // The value never starts with `-`: the next flag is not a value (`--batch --passphrase …`).
      // Names and value are plain runs (no bounded repeat beside an overlapping one): the ReDoS check decides it.
      re: rx(String.raw`(?<![A-Za-z0-9_-])--(?<name>(?:[Dd][Bb][_-])?[Pp]ass(?:word|wd|phrase))[ \t=](?<v>[^-\s"'\`\\<>{}$;|&][^\s"'\`\\<>{}$;|&]+)`),
      keywords: ['--pass', '--db'],
      validate: [PASSWORD_LENGTH],
    },
    // Notes and hand-offs in plain text: `id: bot  pw: Xy7…`, `(password:Xy7…)` anywhere on a line.
    {
      re: rx(String.raw`(?<![A-Za-z0-9])(?<name>[A-Za-z]{0,8}pass(?:word|wd)s?|pwd|pw|pass)[ \t]?(?:=>|[:=])[ \t]?(?<v>[^\s,;()"'\`<>{}$][^\s,;()"'\`<>{}]+)`, 'i'),
      validate: [PASSWORD_LENGTH],
      keywords: ['pw', 'pass'],
      files: ['text'],
    },
  ],
  examples: {
    positive: [
      { text: `{"api_server": {"enabled": true, "username": "bot", "password": "⟦Scalp3r#802@⟧"}}`, path: 'user_data/config.json' },
      { text: `PASSWORD=⟦Hodl#2024x113@⟧\nPOSTGRES_PASSWORD=⟦Alph4#Grid772!⟧\n`, path: '.env' },
      `conn = psycopg2.connect(host=h, user="bot", password="⟦Tr4d3r!2024⟧")`,
      { text: `mysql -u bot --password ⟦Kq8vTz3wLp⟧ trades < dump.sql\n`, path: 'restore.sh' },
      { text: `gpg --batch --passphrase ⟦r7Wd!x2QmZ⟧ --decrypt keys.gpg\n`, path: 'decrypt.sh' },
      { text: `staging box: ssh ops@10.0.3.7 (pw: ⟦Vn4#qLz8Tw⟧)\nadmin panel id: admin, password=⟦kR2!mXp9Qs⟧\n`, path: 'handover.txt' },
      { text: `vpn user=ops VPNpassword=⟦Tq3$wZk7Lm⟧\n`, path: 'handover.txt' },
      // Abbreviated names, macros, PHP constants and single-dash parameters (issue #19).
      { text: `DB_USER=bot\nDB_PSWD=⟦Kd8!mQz3Vr⟧\nSMTP_PASWRD=⟦Wq2#nLx7Tp⟧\nREDIS_PASS=⟦Zr5!kVm1Qx⟧\n`, path: 'deploy.sh' },
      { text: `#define DB_PASSWORD "⟦Qm7#vLt2Xz⟧"\n`, path: 'src/config.h' },
      { text: `%global db_password "⟦Rw4!kPz9Nq⟧"\n`, path: 'bot.spec' },
      { text: `define('DB_PASSWORD', '⟦Hx3@tLq8Wm⟧');`, path: 'wp-config.php' },
      { text: `New-LocalUser -Name ops -Password '⟦Tz8#qWm4Lx⟧'`, path: 'setup.ps1' },
      { text: `mysqldump --Password ⟦Vb6#rTq2Lz⟧ trades > dump.sql\n`, path: 'backup.sh' },
      // A generated password of letters only: both cases shuffled through it.
      { text: `$GLOBALS['DB_PASSWORD'] = '⟦QmvTzkLwXpRb⟧';`, path: 'server_config.php' },
      // Weak, but the production profile's own: the servers log in with it.
      { text: `spring.datasource.username = shop\nspring.datasource.password = ⟦shopdb@prodbox⟧\n`, path: 'src/main/resources/application-prod.properties' },
      { text: `spring.mail.username = alerts\nspring.mail.password = ⟦bluemail123⟧\n`, path: 'src/main/env/prod/application.properties' },
      // A production profile's folder keeps its password even where its host is this machine (the servers run it).
      { text: `[store]\nhost = 127.0.0.1\npassword = ⟦Qz7!kLm2Wx⟧\n`, path: 'deploy/production/db.ini' },
      // A remote database's password; the localhost of the next section is another service's.
      { text: `[store]\nhost = db.shop.internal\npassword = ⟦Qz7!kLm2Wx⟧\n\n[cache]\nhost = localhost\n`, path: 'config/services.ini' },
    ],
    negative: [
      `password = os.environ["DB_PASSWORD"]`,
      `{"password": "Passwort", "passphrase": "Frase-de-acceso", "confirm_password": "Contraseña"}`,
      `password_hash = "Tr4d3r!2024xx"`,
      `env = { PWD: '/Users/maciej', HOME: '/Users/maciej' }`,
      `password = "changeme"`,
      `PASSWORD = "\${DB_PASSWORD}"`,
      { text: `mysql -u bot --password $DB_PASSWORD trades\n`, path: 'restore.sh' },
      { text: `pg_dump --no-password --password-file ~/.pgpass trades\n`, path: 'backup.sh' },
      { text: `pw: Vn4#qLz8Tw\n`, path: 'notes.md' },
      // Not password names: bypass, a compass; a macro that is a length; a parameter given a variable.
      `BYPASS = "Lq8#wRt3Zm"`,
      // Letters only but words: CamelCase, one capital, one case.
      `DB_PASSWORD = "MyTradingBotPass"`, `db_password = "Contrasenya"`, `DB_PASSWORD = "tradingbotdb"`,
      // The same weak password outside a production config, and a stock one inside it.
      { text: `spring.datasource.password = shopdb@prodbox\n`, path: 'src/main/resources/application-dev.properties' },
      { text: `spring.mail.password = bluemail123\n`, path: 'src/main/env/dev/application.properties' },
      { text: `spring.mail.password = bluemail123\n`, path: 'docs/prod/setup.md' },
      // A database on the developer's own machine: its host, in the same section, is localhost.
      { text: `[store]\nhost = 127.0.0.1\nport = 27017\nuser = admin\npassword = Qz7!kLm2Wx\n`, path: 'config/db.ini' },
      { text: `spring.datasource.password = postgres\n`, path: 'src/main/resources/application-prod.properties' },
      { text: `#define MAX_PASSWORD 64\n#define DB_PASSWORD getenv("DB_PASSWORD")\n`, path: 'src/config.h' },
      { text: `New-LocalUser -Name ops -Password $securePw -Description 'Tz8#qWm4Lx'`, path: 'setup.ps1' },
      { text: `reset the password: see the vault (pw: <ask-ops>)\npassword=changeme123\n`, path: 'notes.txt' },
    ],
  },
});
