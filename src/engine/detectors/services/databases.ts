// Database and broker connection strings that carry a password: `postgres://bot:…@db.host/trades`.
// The whole URL is the finding (a fix moves the URL, not half of it); its password decides.
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { isStockPassword } from '../../judge/stockPasswords';
import { isPlaceholder, notCiphertext } from '../../judge/validators';
import { rx } from '../fragments';

/** The user and password of a connection URL (`scheme://user:password@host`). */
export function credentials(url: string): { user: string; password: string } | undefined {
  const m = /^[a-z0-9+]+:\/\/([^:@/\s]*):([^@\s]*)@/i.exec(url);
  return m ? { user: m[1], password: m[2] } : undefined;
}

/** A password that is set and real: not empty, a template, a placeholder, a default or the user name again. */
export const realPassword: Validator = {
  name: 'real-password',
  test: (url) => {
    const c = credentials(url);
    if (!c || c.password.length < 3) return false;
    const pw = safeDecode(c.password);
    if (/^[*x•.#]+$/i.test(pw) || /^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$|^%[a-z(]|^\$|^:/i.test(pw)) return false;
    return pw !== c.user && !isStockPassword(pw) && !isPlaceholder(pw);
  },
};

/** Percent-decodes a password, keeping it as written when it is not valid percent-encoding. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// user:password@host — the password may hold anything but whitespace, quotes and `@` (which must be %40).
export const AUTHORITY = String.raw`[^\s:@/"'\`<>]{0,64}:[^\s@/"'\`<>]{1,128}@[A-Za-z0-9._-]{1,253}(?::[0-9]{1,5})?`;
export const TAIL = String.raw`(?:[/?][^\s"'\`<>]{0,300})?`;

/** A connection-URL pattern for one scheme family. */
function dbUrl(scheme: string, exchange: string, envName: string, keywords: string[]): PatternSpec {
  return { re: rx(String.raw`(?<![A-Za-z0-9+.-])(?<v>(?:${scheme})://${AUTHORITY}${TAIL})`), exchange, envName, keywords };
}

export const databaseUrl = defineDetector({
  id: 'secret/database-url',
  title: 'database connection string with a password',
  severity: 'error',
  role: 'url',
  message: '{exchange} connection string {masked} holds a password.',
  risk: 'Anyone who reads it can log in to your database (trade history, balances, stored keys).',
  advice: 'Move the URL to an environment variable, and change the database user\'s password if the file was ever shared or committed.',
  keywords: ['postgres', 'postgis', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp'],
  validate: [realPassword, notCiphertext],
  patterns: [
    dbUrl('post(?:gres(?:ql)?|gis)(?:\\+[a-z0-9]{1,12})?', 'PostgreSQL', 'DATABASE_URL', ['postgres', 'postgis']),
    dbUrl('(?:mysql|mariadb)(?:\\+[a-z0-9]{1,12})?', 'MySQL', 'DATABASE_URL', ['mysql', 'mariadb']),
    dbUrl('mongodb(?:\\+srv)?', 'MongoDB', 'MONGODB_URI', ['mongodb']),
    dbUrl('rediss?', 'Redis', 'REDIS_URL', ['redis']),
    dbUrl('amqps?', 'RabbitMQ', 'AMQP_URL', ['amqp']),
  ],
  examples: {
    positive: [
      `DATABASE_URL = "⟦postgresql://trader:Vq8rT2mLx9KdW4@db.internal.example.net:5432/trades⟧"`,
      { text: `DATABASE_URL=⟦postgres://bot:n7Hq%40Zt3Lp9Wx@10.0.4.12/bot⟧\n`, path: '.env' },
      `engine = create_engine("⟦postgresql+psycopg2://ops:Jf4kR9wQz2Ls@pg.host:5432/ohlcv⟧")`,
      `conn = pymysql.connect(dsn="⟦mysql://root:Tr4d3rDb!77x@127.0.0.1:3306/orders⟧")`,
      `const client = new MongoClient('⟦mongodb+srv://botuser:K3pLq9ZtW2xR7v@cluster0.ab1cd.mongodb.net/signals?retryWrites=true&w=majority⟧');`,
      `r = redis.from_url("⟦rediss://default:h8YtR2qLm5Wx9Kz3@redis-12345.c1.cloud.redislabs.com:12345⟧")`,
      `REDIS_URL = "⟦redis://:Zp7Wq2Lx9Mt4Kv@cache.local:6379/0⟧"`,
      `BROKER = "⟦amqp://worker:Qz5Lm8Tr2Wx7@rabbit.internal:5672/%2F⟧"`,
      `GIS_DB = "⟦postgis://maps:Wd3Lq8Zr5Tx1@gis.internal:5432/geo⟧"`,
    ],
    negative: [
      `DATABASE_URL = "postgresql://localhost:5432/trades"`,
      `DATABASE_URL = "postgres://trader@db.host/trades"`,
      `DATABASE_URL = "postgres://postgres:postgres@localhost:5432/test"`,
      `DATABASE_URL = "postgresql://user:password@localhost/dbname"`,
      `MONGO_URI = "mongodb+srv://<username>:<password>@cluster0.mongodb.net/db"`,
      `url = f"postgresql://{user}:{password}@{host}/{db}"`,
      `url = "mysql://app:\${DB_PASSWORD}@db:3306/app"`,
      `REDIS_URL = "redis://:@localhost:6379"`,
      `BROKER = "amqp://guest:guest@localhost:5672//"`,
      `DSN = "postgres://admin:********@prod-db:5432/app"`,
      `url = "mongodb://user:your_password_here@host:27017"`,
    ],
  },
});
