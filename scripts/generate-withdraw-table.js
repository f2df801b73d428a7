// Generates src/engine/detectors/withdraw/table.generated.ts from ccxt's implicit API definitions, so the
// withdrawal guard's endpoint knowledge comes from the exchanges' own API lists instead of being typed by hand.
// Run: node scripts/generate-withdraw-table.js (writes the file); `--check` exits 1 when the file is stale.
// ccxt is a dev dependency: only this script and a unit test load it, never the shipped bundle.
'use strict';
const fs = require('fs');
const path = require('path');

const OUT = path.join(__dirname, '..', 'src', 'engine', 'detectors', 'withdraw', 'table.generated.ts');
const VERBS = /^(?:get|post|put|delete|head|patch)$/i;
/** Word segments of a path that make it a query or a setting, not a withdrawal: history, quota, fee… */
const QUERY_WORDS = new Set([
  'history', 'histories', 'record', 'records', 'list', 'lists', 'status', 'statuses', 'quota', 'quotas', 'max',
  'fee', 'fees', 'estimate', 'quote', 'address', 'addresses', 'network', 'networks', 'limit', 'limits', 'info',
  'detail', 'details', 'senddetails', 'method', 'methods', 'get', 'query', 'fetch', 'search', 'debug', 'switch',
  'enable', 'disable', 'attachment', 'comment', 'income', 'margin', 'investments', 'requests', 'check', 'config',
  'available', 'chains', 'ro',
]);
/** ccxt endpoints that send funds out without saying so in their path (verified to exist below). */
const UNNAMED_ACTIONS = [{ exchange: 'coinbase', chain: ['v2', 'private'], verb: 'post', path: 'accounts/{account_id}/transactions' }];

/** Lowercase word segments of a path or name: `capital/withdraw-apply` → capital, withdraw, apply; camelCase split. */
function segments(text) {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Every (chain of api-type keys, verb, path) of one exchange's `api` tree; leaves are arrays or objects of paths. */
function endpoints(api, chain = [], out = []) {
  for (const [key, value] of Object.entries(api)) {
    if (VERBS.test(key) && (Array.isArray(value) || typeof value === 'object')) {
      const paths = Array.isArray(value) ? value : Object.keys(value);
      for (const p of paths) out.push({ chain, verb: key.toLowerCase(), path: p.trim() });
    } else if (value && typeof value === 'object') {
      endpoints(value, chain.concat([key]), out);
    }
  }
  return out;
}

/** The implicit method names ccxt defines for an endpoint (its defineRestApiEndpoint rule), camelCase and snake_case. */
function methodNames(chain, verb, p) {
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const parts = p.split(/[^a-zA-Z0-9]/);
  const camel = chain[0] + chain.slice(1).map(cap).join('') + cap(verb) + cap(parts.map(cap).join(''));
  const snake = [chain.join('_'), verb, parts.map((x) => x.toLowerCase()).filter(Boolean).join('_')].join('_');
  return [camel, snake];
}

/** True when an endpoint moves funds out (or cancels such a move): a writing verb and no query word. */
function isAction(verb, words) {
  return verb !== 'get' && verb !== 'head' && !words.some((w) => QUERY_WORDS.has(w));
}

/** Builds the module text from a loaded ccxt; checks every derived method name exists on its exchange. */
function generate(ccxt) {
  const actions = new Map(); // "chain|verb|path" → Set of exchange ids
  const queries = new Set();
  for (const id of ccxt.exchanges) {
    const ex = new ccxt[id]();
    for (const e of endpoints(ex.api)) {
      const unnamed = UNNAMED_ACTIONS.some((u) => u.exchange === id && u.verb === e.verb && u.path === e.path && u.chain.join('.') === e.chain.join('.'));
      const words = segments(e.chain.join('/') + '/' + e.path);
      if (!unnamed && !words.some((w) => /^withdraw(?:al|l)?s?$/.test(w))) continue;
      if (!unnamed && !isAction(e.verb, words)) {
        queries.add(e.path.replace(/^\/+|\/+$/g, ''));
        continue;
      }
      for (const name of methodNames(e.chain, e.verb, e.path)) {
        if (typeof ex[name] !== 'function') throw new Error(`${id}: ccxt does not define ${name}; the derivation rule changed`);
      }
      const key = `${e.chain.join('.')}|${e.verb}|${e.path}`;
      if (!actions.has(key)) actions.set(key, new Set());
      actions.get(key).add(id);
    }
  }
  for (const u of UNNAMED_ACTIONS) {
    if (!actions.has(`${u.chain.join('.')}|${u.verb}|${u.path}`)) throw new Error(`ccxt no longer lists ${u.exchange} ${u.path}`);
  }
  // Shared structure: one line per (exchange set, api chain, verb) with all its paths.
  const groups = new Map();
  for (const [key, ids] of actions) {
    const [chain, verb, p] = key.split('|');
    const g = `${[...ids].sort().join(' ')}|${chain}|${verb}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(p);
  }
  const lines = [...groups].map(([g, paths]) => `${g}|${paths.sort().join(' ')}`).sort();
  for (const l of lines) if (l.includes('`') || l.includes('\\') || l.includes('${')) throw new Error(`unexpected character in ${l}`);
  return [
    `// Generated by scripts/generate-withdraw-table.js from ccxt ${ccxt.version}: do not edit (a unit test fails when stale).`,
    '',
    `/** The ccxt release this table was generated from. */`,
    `export const CCXT_VERSION = '${ccxt.version}';`,
    '',
    '/**',
    ' * Withdrawal actions (POST/PUT/DELETE that move funds out or cancel a withdrawal), one group per line:',
    ' * `exchange ids|api-type chain (dotted)|verb|paths (space-separated)`.',
    ' */',
    `export const WITHDRAW_ACTIONS = \`${lines.join('\n')}\`;`,
    '',
    '/** Withdrawal queries and settings (history, quota, fee, address…; every GET): paths, not findings. */',
    `export const WITHDRAW_QUERIES = \`${[...queries].sort().join(' ')}\`;`,
    '',
  ].join('\n');
}

module.exports = { generate, methodNames, segments, OUT };

if (require.main === module) {
  const text = generate(require('ccxt'));
  if (process.argv.includes('--check')) {
    const stale = !fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== text;
    console.log(stale ? `${OUT} is stale: run node scripts/generate-withdraw-table.js` : 'up to date');
    process.exit(stale ? 1 : 0);
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)} (${text.length} bytes)`);
}
