// Passwords of tutorials, compose files, CI services and images: what nobody's production server is given, so a
// connection URL or a production config holding one is not a leak worth an alarm.
const STOCK_WORDS = new Set([
  'password', 'pass', 'passwd', 'pwd', 'pw', 'secret', 'changeme', 'changeit', 'admin', 'root', 'default', 'guest',
  'test', 'user', 'example', 'foobar', 'xxx', 'xxxx', 'mypassword', 'yourpassword', 'dbpass',
  'postgres', 'mysql', 'mongo', 'redis', 'passw0rd', '12345678', 'qwerty',
]);

/** A stock password: one of the well-known defaults, or `password`/`qwerty` with trailing digits (case-insensitive). */
export function isStockPassword(value: string): boolean {
  const v = value.toLowerCase();
  return STOCK_WORDS.has(v) || /^(?:password|qwerty)\d+$/.test(v);
}
