import { defineDetector } from '../detector';
import { standardValidators } from '../validators';
import { rx } from './fragments';

// Bot tokens are `<bot id>:<35 chars>`; tokens issued since 2015 start the secret part with "AA".
const TOKEN = String.raw`(?<![A-Za-z0-9_])(?<v>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])`;
const OLD_TOKEN = String.raw`(?<![A-Za-z0-9_])(?<v>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])`;

export const telegramBotToken = defineDetector({
  id: 'secret/telegram-bot-token',
  title: 'Telegram bot token',
  severity: 'error',
  role: 'token',
  envName: 'TELEGRAM_BOT_TOKEN',
  message:
    'Telegram bot token {masked} is hard-coded: anyone who has it controls your bot and reads the trade alerts it sends. Move it to an environment variable and revoke it with @BotFather (/revoke) if it was ever shared.',
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
    ],
    negative: [
      `TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]`,
      `token = "1234567890:AAyour_telegram_token_here_xxxxxxxxxx"`,
      `time = "12345678:12345678901234567890123456789012345"  // two numbers`,
    ],
  },
});
