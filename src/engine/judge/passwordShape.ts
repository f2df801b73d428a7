// What a password in code looks like: one a person chose holds a digit or symbol and three kinds of character; one a
// generator made may be letters only, but then both cases are shuffled through it (`TkvqLmZwRpXe`), which words
// and CamelCase identifiers (`MyTradingBot`, `Contraseña`) are not.
import type { Validator } from '../defineDetector';
import { characterClasses } from '../text/entropy';
import { isStockPassword } from './stockPasswords';
import { lineStartWithin } from '../text/linesAbove';

const DIGIT_OR_SYMBOL = /[0-9!-/:-@[-`{-~]/;
const SEPARATORS = /[_.-]/g;

/** Ten or more letters in both cases, switching case at least four times and never four of one case in a row. */
export function shuffledCase(value: string): boolean {
  if (!/^[A-Za-z]{10,64}$/.test(value)) return false;
  let run = 1;
  let switches = 0;
  for (let i = 1; i < value.length; i++) {
    const same = (value.charCodeAt(i) >= 97) === (value.charCodeAt(i - 1) >= 97);
    run = same ? run + 1 : 1;
    if (!same) switches++;
    if (run >= 4) return false;
  }
  return switches >= 4;
}

// A production profile's own config (`application-prod.properties`, `config.production.yml`, `.env.production`):
// what is written there is what the servers run with, weak or not.
// A profile may also be a folder: `src/main/env/prod/application.properties`, `config/production/app.yml`.
const PRODUCTION_CONFIG = /(?:^|\/)(?:[^/]*[._-]prod(?:uction)?\.(?:properties|ya?ml|ini|toml|conf|cfg|json)|\.env\.prod(?:uction)?)$/i;
const PRODUCTION_FOLDER = /(?:^|\/)prod(?:uction)?\//i;
const CONFIG_FILE = /\.(?:properties|ya?ml|ini|toml|conf|cfg|json)$/i;

/** True for a production profile's config, by its name or its folder. */
function isProductionConfig(path: string): boolean {
  return PRODUCTION_CONFIG.test(path) || (PRODUCTION_FOLDER.test(path) && CONFIG_FILE.test(path));
}

/** A production config's password: any literal with a letter that is no stock password. */
function productionPassword(v: string, path: string): boolean {
  return isProductionConfig(path) && /[A-Za-z]/.test(v) && !isStockPassword(v);
}

/** A chosen password (a digit or symbol, three character classes), a generated letters-only one, or any set in a production config. */
export const chosenOrGenerated: Validator = {
  name: 'chosen-or-generated-password',
  reach: { before: 0, after: 0 }, // the value and the path only
  test: (v, ctx) => (DIGIT_OR_SYMBOL.test(v.replace(SEPARATORS, '')) && characterClasses(v) >= 3) || shuffledCase(v) || productionPassword(v, ctx.path),
};

/** Config formats whose neighbouring keys describe one service (an ini section, a yaml block, a .env group). */
const CONFIG_KINDS = new Set(['ini', 'toml', 'yaml', 'env']);
/** A host key set to this machine: `host = 127.0.0.1`, `DB_HOST=localhost`, `host: "::1"`. */
const LOCAL_HOST = /^[ \t]*["']?[A-Za-z_.-]{0,30}host["']?[ \t]*[=:][ \t]*["']?(?:localhost|127\.0\.0\.1|::1)["']?[ \t]*\r?$/im;
/** A section header (`[mongo]`): what comes before it belongs to another service. */
const SECTION = /^[ \t]*\[[^\]\n]{1,60}\][ \t]*\r?$/m;
/** Every section header of a text (built once: `matchAll` copies it, so its state is never shared). */
const SECTIONS = new RegExp(SECTION.source, 'gm');

/**
 * Drops a password of a service on the developer's own machine: its host key, a few lines away in the same config
 * section, is localhost (`[MONGO]\nhost = 127.0.0.1\npassword = …`). A production profile keeps it (its servers run it).
 */
export const notLocalServicePassword: Validator = {
  name: 'not-local-service-password',
  reach: { before: 300, after: 200 },
  test: (_v, ctx) => {
    if (!CONFIG_KINDS.has(ctx.kind) || isProductionConfig(ctx.path)) return true;
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    let before = ctx.text.slice(Math.max(0, lineStart - 300), lineStart);
    const headers = [...before.matchAll(SECTIONS)];
    if (headers.length) before = before.slice(headers[headers.length - 1].index);
    let after = ctx.text.slice(ctx.end, ctx.end + 200);
    const next = SECTION.exec(after);
    if (next) after = after.slice(0, next.index);
    return !LOCAL_HOST.test(before) && !LOCAL_HOST.test(after);
  },
};
