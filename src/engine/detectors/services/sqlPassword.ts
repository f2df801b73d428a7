// Passwords set by SQL statements in setup scripts and migrations: `CREATE USER … IDENTIFIED BY '…'` (MySQL,
// MariaDB, Oracle) and `CREATE|ALTER ROLE … PASSWORD '…'` (PostgreSQL), in .sql files or strings in code.
import { defineDetector } from '../../defineDetector';
import { digitOrSymbol, minClasses, minEntropy, standardValidators } from '../../judge/validators';
import { rx } from '../fragments';

// Quoted, or bare as Oracle allows (`IDENTIFIED BY Pa55word`): then the statement's end or a space ends it.
const VALUE = String.raw`['"]?(?<v>[^'"\s\\;,)]{8,64})(?![^'"\s\\;,)])`;
// PostgreSQL's PASSWORD takes a string literal only (a bare word there is a keyword: PASSWORD NULL).
const QUOTED = String.raw`'(?<v>[^'\s\\]{8,64})'`;

export const sqlPassword = defineDetector({
  id: 'secret/sql-password',
  title: 'password in a SQL statement',
  severity: 'warning',
  role: 'password',
  envName: 'DB_PASSWORD',
  message: 'Database password {masked} is set in a SQL statement.',
  risk: 'Anyone who reads the script or its history can log in to the database as that user.',
  advice: 'Pass the password in at run time (a psql variable, an environment variable your migration tool reads), and change it if the file was shared or committed.',
  keywords: ['identified', 'password'],
  validate: [...standardValidators, digitOrSymbol, minClasses(3), minEntropy(2.5)],
  patterns: [
    { re: rx(String.raw`\bIDENTIFIED(?:[ \t]+WITH[ \t]+[A-Za-z0-9_]{1,40})?[ \t]+BY[ \t]+${VALUE}`, 'i'), keywords: ['identified'] },
    // `PASSWORD '…'` alone is too loose: a CREATE or ALTER of a user or role comes first on the statement.
    {
      re: rx(String.raw`\bPASSWORD[ \t]+${QUOTED}`, 'i'),
      keywords: ['password'],
      requires: { near: { pattern: /\b(?:CREATE|ALTER)[ \t]+(?:USER|ROLE)\b/i, before: 120 } },
    },
  ],
  examples: {
    positive: [
      { text: `ALTER USER 'bot'@'localhost' IDENTIFIED WITH caching_sha2_password BY '⟦Qv7#tRm2Lp9x⟧';\n`, path: 'db/init.sql' },
      { text: `CREATE USER 'grid'@'%' IDENTIFIED BY '⟦Hn4kW8zq!P2d⟧';\n`, path: 'setup.sql' },
      `cur.execute("CREATE ROLE trader WITH LOGIN PASSWORD '⟦Wz4!kHq8Nd3s⟧'")`,
      { text: `ALTER ROLE trader ENCRYPTED PASSWORD '⟦rT6vB2mX9cQ4⟧';\n`, path: 'migrations/002_roles.sql' },
      { text: `CREATE USER quant IDENTIFIED BY ⟦Xk3pR9vLw2Qz⟧ ACCOUNT UNLOCK;\n`, path: 'oracle/users.sql' },
    ],
    negative: [
      { text: `CREATE USER 'bot'@'localhost' IDENTIFIED BY '%s';\n`, path: 'init.sql.tpl' },
      { text: `CREATE USER 'bot'@'localhost' IDENTIFIED BY 'changeme';\n`, path: 'init.sql' },
      { text: `ALTER ROLE trader PASSWORD :'trader_password';\n`, path: 'roles.sql' },
      `print("enter the password 'Wz4!kHq8Nd3s' to continue")`,
      { text: `CREATE ROLE reporting WITH LOGIN PASSWORD NULL;\n`, path: 'roles.sql' },
      { text: `ALTER USER bot PASSWORD EXPIRE INTERVAL90;\n`, path: 'users.sql' },
      { text: `ALTER USER 'bot'@'%' IDENTIFIED WITH mysql_native_password AS '*3C5F9A1E0B7D2C4F6A8E1B3D5F7A9C2E4B6D8F0A';\n`, path: 'dump.sql' },
    ],
  },
});
