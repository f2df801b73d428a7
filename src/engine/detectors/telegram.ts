import { defineDetector, type Validator } from '../defineDetector';
import { minEntropy, standardValidators } from '../judge/validators';
import { assigned, OQ, PREFIX, Q, rx } from './fragments';

// Bot tokens are `<bot id>:<35 chars>`; tokens issued since 2015 start the secret part with "AA".
// Also inside Bot API URLs: https://api.telegram.org/bot<token>/sendMessage.
const START = String.raw`(?:(?<=/bot)|(?<![A-Za-z0-9_]))`;
const TOKEN = String.raw`${START}(?<v>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])`;
const OLD_TOKEN = String.raw`${START}(?<v>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])`;

const TOKEN_START = /^[0-9]{1,20}:A/;
const WELL_FORMED_TOKEN = /^[0-9]{5,16}:A[A-Za-z0-9_-]{34}$/;

/**
 * Drops a value shaped like a bot token (`<digits>:A…`) that fails the token's structure (a 5–16 digit bot id,
 * then `:A` and 34 more characters): an XSD type name, a token with text glued to either end. The generic
 * rule applies it; real tokens are this file's.
 */
export const notMalformedBotToken: Validator = {
  name: 'not-malformed-bot-token',
  // Only a value starting with a digit can look like a token; the regexes are compiled once, not per value.
  test: (v) => !(v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57) || !TOKEN_START.test(v) || WELL_FORMED_TOKEN.test(v),
};

export const telegramBotToken = defineDetector({
  id: 'secret/telegram-bot-token',
  title: 'Telegram bot token',
  severity: 'error',
  role: 'token',
  envName: 'TELEGRAM_BOT_TOKEN',
  message: 'Telegram bot token {masked} is hard-coded.',
  risk: 'Anyone who has it controls your bot and reads the trade alerts it sends.',
  advice: 'Move it to an environment variable. If it was ever shared or committed, revoke it with @BotFather in Telegram (/revoke, then pick the bot) and use the new token.',
  keywords: [':aa'],
  validate: standardValidators,
  patterns: [
    { re: rx(TOKEN) },
    { re: rx(OLD_TOKEN), keywords: ['telegram', 'tg_', 'bot'] },
  ],
  examples: {
    positive: [
      `TELEGRAM_TOKEN = "⟦7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA⟧"`,
      { text: `"telegram": {"enabled": true, "token": "⟦7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA⟧", "chat_id": "1234"}`, path: 'user_data/config.json' },
      `bot = telebot.TeleBot("⟦583920174:Kq3Vz8Xw2Lp5Rt9Yb1Nm4Hd7Gs0Fc6Je8Ua⟧")`,
      `requests.get(f"https://api.telegram.org/bot⟦7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA⟧/sendMessage?chat_id={chat}&text={msg}")`,
    ],
    negative: [
      `TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]`,
      `token = "1234567890:AAyour_telegram_token_here_xxxxxxxxxx"`,
      `time = "12345678:12345678901234567890123456789012345"  // two numbers`,
    ],
  },
});

// Telegram *user* clients (Telethon, Pyrogram: signal-copying bots read channels as the user) need an
// api_id/api_hash pair from my.telegram.org, and keep the login as a session string.
const API_HASH = '44853faa8d54e3bb2c82224252cbf098';
const TELETHON_SESSION = '1ApWapzIBu1CFxgIKQU3GYFhlaox1X8ym1ND4KA0p67OU9emuS4i9yd0t9PzHxMVqcQumQ8qAJo-yOed_SUYcOox9ADgCkcujq8o7hGQjEB2ygexMaRHXsx_X_XRdC-FlxaDL8unyXKbNxSSu7pbLOoc5Dj305If8--L__hEn9sSSSDCpiwtpgBXBT__mnoVX7sE-e1QEx5tgVGW36u1ypgeEPxyiUK1eWOoPN0jgxF5Yu5erwCOBwVPfk-Jz7oeSxzVJmrdAaHKHHNVfJVQ2Pxy8UAdj8si7a-2iHAQVaBlQ5Ge3VUB5phpN7bGJOICeLahoCrdNr_tBwYTCL8l4AFm8pd5u6To=';
const PYROGRAM_SESSION = 'AgAAMDkAm0qO9vec5NlkfAnn1_stX4Zkr-uHgJCsLVy7kfoTDSliTH6XyXjKg7BHwX-b3P9C1UjJfnQnux1DvnRk-g02wsH_VvselOjVSK95Gh594ywWWxrekcaE7hQwBbQIf2WxYLgw-_CGA-JODlmXPEdop_Lg_E0rsTjRMPerxgWeqYhctSzWynkRTY0EB4RiHJGLHNxImca6moBQJE5LdGRnj48rP43P-NrkTxnDPhxx2E8xzi-azpDk1Y4DBHYgbw1RUS4isP5M_78sqBl8BzAcbMBkV7YcOLlY3X2_D3vC_Lukx52fEaJB85c_45c2dgc19yOF_y6LzEYHjTK6x2yZteuf4S5x4f_yAA';

export const telegramApiHash = defineDetector({
  id: 'secret/telegram-api-hash',
  title: 'Telegram API hash',
  severity: 'warning',
  role: 'api-secret',
  envName: 'TELEGRAM_API_HASH',
  message: 'Telegram API hash {masked} (from my.telegram.org) is hard-coded.',
  risk: 'With your api_id anyone can run Telegram clients as your developer app, and Telegram bans apps that are abused.',
  advice: 'Move it to an environment variable. A hash that leaked cannot be changed: delete the app on my.telegram.org (API development tools) and create a new one.',
  keywords: ['api_hash', 'apihash', 'telegramclient'],
  validate: [...standardValidators, minEntropy(3)],
  patterns: [
    { ...assigned(String.raw`${PREFIX}${OQ}(?<v>[0-9a-f]{32})(?![0-9A-Za-z])`), name: /^(?:tg_|telegram_)?api_?hash$/i, keywords: ['api_hash', 'apihash'] },
    // Telethon: TelegramClient(session, api_id, api_hash).
    { re: rx(String.raw`TelegramClient[ \t]*\([^,()\n]{1,100},[^,()\n]{1,100},[ \t\r\n]{0,20}${PREFIX}${Q}(?<v>[0-9a-f]{32})${Q}`), keywords: ['telegramclient'] },
  ],
  examples: {
    positive: [
      `api_id = 1234567\napi_hash = "⟦${API_HASH}⟧"`,
      `client = TelegramClient("signals", 1234567, "⟦${API_HASH}⟧")`,
      `app = Client("copier", api_id=1234567, api_hash="⟦${API_HASH}⟧")  # pyrogram`,
      { text: `TELEGRAM_API_HASH=⟦${API_HASH}⟧\n`, path: '.env' },
    ],
    negative: [
      `api_hash = os.environ["TELEGRAM_API_HASH"]`,
      `client = TelegramClient("signals", API_ID, API_HASH)`,
      `file_hash = "${API_HASH}"`,
    ],
  },
});

export const telegramSession = defineDetector({
  id: 'secret/telegram-session',
  title: 'Telegram session string',
  severity: 'error',
  role: 'token',
  envName: 'TELEGRAM_SESSION',
  message: 'Telegram session string {masked} is hard-coded.',
  risk: 'It is a logged-in session of your Telegram account: whoever has it reads and sends your messages with no password or code.',
  advice: 'End the session in Telegram (Settings > Devices > Terminate) and keep the new session in an environment variable.',
  keywords: ['stringsession', 'session'],
  validate: [...standardValidators, minEntropy(5)],
  patterns: [
    { re: rx(String.raw`StringSession[ \t]*\([ \t]*${PREFIX}${Q}(?<v>1[A-Za-z0-9_=+/-]{340,380})${Q}`), keywords: ['stringsession'] },
    { ...assigned(String.raw`${PREFIX}${OQ}(?<v>[A-Za-z0-9_=+/-]{340,380})(?![A-Za-z0-9_=+/-])`), name: /session/i, keywords: ['session'] },
  ],
  examples: {
    positive: [
      `client = TelegramClient(StringSession("⟦${TELETHON_SESSION}⟧"), api_id, api_hash)`,
      `app = Client("copier", session_string="⟦${PYROGRAM_SESSION}⟧")  # pyrogram`,
      { text: `TG_SESSION=⟦${PYROGRAM_SESSION}⟧\n`, path: '.env' },
    ],
    negative: [
      `client = TelegramClient(StringSession(os.environ["TELEGRAM_SESSION"]), api_id, api_hash)`,
      `session = requests.Session()`,
      `SESSION = "${'x'.repeat(360)}"`,
    ],
  },
});
