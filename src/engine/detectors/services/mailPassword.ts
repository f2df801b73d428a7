// Mail app passwords: the 16 random lowercase letters Google and Apple issue for SMTP/IMAP (shown in groups of
// four) and the 16-letter authorization codes of QQ and NetEase mail. Bots send trade alerts by mail; the generic
// password rule wants a digit or symbol, so it lets these through.
import { defineDetector, type Validator } from '../../defineDetector';
import { standardValidators } from '../../judge/validators';
import { TextMemo } from '../../judge/textMemo';
import { assigned, bareLine, BARE_LINE_KINDS, PREFIX, Q } from '../fragments';
import { lineStartWithin } from '../../text/linesAbove';

// `password`, `gmail_app_password`, `EMAIL_PASS`, `smtpPwd`, `sender_password`; not the shell's `PWD`.
const NAME = /(?:^|[_.-]|[a-z])(?:password|passwd|pass|pwd)$(?<!^PWD)/i;
// Sixteen letters, or four groups of four with one separator (space or dash) throughout.
const VALUE = String.raw`[a-z]{16}|[a-z]{4}(?: [a-z]{4}){3}|[a-z]{4}(?:-[a-z]{4}){3}`;
// Words people put where such a password goes: a random 16-letter string holds one of these about once in 500.
const WORDY = /pass|word|secret|mail|your|app|key|change|example|sample|test|demo|dummy|fake|admin|phrase|strong|qwer|asdf|abcd/;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** A mail server named in the file (`EMAIL_HOST = 'smtp.gmail.com'`, nodemailer's `service: 'gmail'`), not an address. */
const MAIL_SERVER = /(?:smtp|imap)\.[a-z0-9-]+\.[a-z]|service["']?[ \t]*:[ \t]*["']gmail["']|(?:EMAIL|MAIL|SMTP)_HOST["']?[ \t]*[=:]/i;
/** A mail password's line names mail (`EMAIL_HOST_PASSWORD`, `smtp_pass`): a database's password is another's. */
const MAIL_LINE = /mail|smtp/i;
const SERVERS = new TextMemo<boolean>();

/**
 * Random letters, not words: a run of four consonants (random text has one 96% of the time; in a file that names
 * its mail server the other 4% count too), nine distinct letters, no stock word.
 */
const randomLetters: Validator = {
  name: 'random-letters',
  // The server's line may be anywhere: an edit to such a line rescans the file whole.
  fileWide: MAIL_SERVER,
  test: (value, ctx) => {
    const letters = value.replace(/[ -]/g, '');
    let run = 0;
    let longest = 0;
    for (const c of letters) {
      run = VOWELS.has(c) ? 0 : run + 1;
      if (run > longest) longest = run;
    }
    if (new Set(letters).size < 9 || WORDY.test(letters)) return false;
    if (longest >= 4) return true;
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    // The server is asked once per text (a fixture of thousands of passwords would rescan it for each).
    return MAIL_LINE.test(ctx.text.slice(lineStart, ctx.start)) && SERVERS.get(ctx.text, '', () => MAIL_SERVER.test(ctx.text));
  },
};

export const mailAppPassword = defineDetector({
  id: 'secret/mail-app-password',
  title: 'mail app password',
  severity: 'warning',
  role: 'password',
  envName: 'SMTP_PASSWORD',
  message: 'Mail app password {masked} is written in the code as {name}.',
  risk: 'An app password logs in to the mailbox over SMTP/IMAP without the second factor: anyone with it reads and sends mail as the account.',
  advice: 'Revoke it where it was made (Google Account > Security > App passwords; appleid.apple.com; the mail provider\'s authorization code page), create a new one and read it from an environment variable.',
  keywords: ['password', 'passwd', 'pwd', 'pass'],
  validate: [...standardValidators, randomLetters],
  patterns: [
    { ...assigned(String.raw`${PREFIX}${Q}(?<v>${VALUE})${Q}`), name: NAME },
    { re: new RegExp(bareLine(`(?:${VALUE})`), 'gdm'), name: NAME, files: BARE_LINE_KINDS },
  ],
  examples: {
    positive: [
      `smtp_app_password = '⟦vkqzrmtbwjxpnehd⟧'`,
      { text: `MAIL_USER=alerts@example.org\nMAIL_APP_PASSWORD=⟦hwzt pqkr nvbx mdlj⟧\n`, path: '.env' },
      { text: `const mailer = nodemailer.createTransport({ service: 'gmail', auth: { user: u, pass: "⟦qtrw-zxkb-mnvp-hgld⟧" } });\n`, path: 'alerts.js' },
      `self.sender_password = "⟦lbqxnrtzkwvmdhcs⟧"`,
      // Few consonants in a row, but the file names its mail server.
      `EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_PASSWORD = '⟦toqewilubafokeni⟧'`,
    ],
    negative: [
      `smtp_password = "yourapppassword1"`,
      `gmail_app_password = "mysecretpassword"`,
      `EMAIL_PASS = "abcdefghijklmnop"`,
      { text: `MAIL_APP_PASSWORD=xxxx xxxx xxxx xxxx\n`, path: '.env' },
      `smtp_password = os.environ["SMTP_PASSWORD"]`,
      `order_id = "vkqzrmtbwjxpnehd"`,
      `password = "vkqzrmtbwjxpnehdq"`,
      // The same letters with no mail server in the file: a word-like token.
      `session_password = "toqewilubafokeni"`,
      // A mail address in the file is no mail server; a database's password beside a mail server is not a mail one.
      `# Author: jane.doe@gmail.com\nEMAIL_PASSWORD = "toqewilubafokeni"`,
      `EMAIL_HOST = 'smtp.gmail.com'\nDB_PASSWORD = "toqewilubafokeni"`,
    ],
  },
});
