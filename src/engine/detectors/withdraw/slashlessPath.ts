// Withdrawal paths written without a slash, whose place in the code says they are a URL's last segment: joined onto a
// base (`$this->walletUrl() . 'withdraw'`, `BASE_URL + "withdrawals"`, `f"{api_base}withdraw"`), the value of a
// route table's path key (`dict(path='withdraw', method=POST)`, `{ endpoint: 'withdrawals' }`), or handed to a URL
// builder (`request_uri('coin_withdrawal')`). A bare word alone is a label or a menu entry; these three places are not.
import type { Example, MatchContext, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { isGenericWithdrawPath } from './pathShape';
import { provenWriteVerb, writeVerbOrPosted } from './provenVerb';
import { matchActionPath } from './table';
import { verbAtPath } from './verb';
import { code } from './shared';

/** The slashless word: one segment that says withdraw (`withdraw`, `bitcoin_withdrawal`, `fast-withdrawals`). */
const WORD = String.raw`(?<name>[A-Za-z0-9_-]{0,30}[Ww]ithdraw[A-Za-z0-9_-]{0,30})(?=["'\`])`;
/** A name that holds a URL or its base (`walletUrl()`, `BASE_URL`, `self.api_base`, `$this->endpoint`). */
const URL_NAME = String.raw`(?:[Uu]rl|URL|[Uu]ri|URI|[Bb]ase|BASE|[Hh]ost|HOST|[Ee]ndpoint|ENDPOINT|[Aa]pi|API)[A-Za-z0-9_]{0,20}(?:\(\))?`;
/** Joined onto a URL-named base by `+` or PHP's `.`, or onto a literal that ends in a slash (`"{base}/" + "withdrawals"`). */
const JOINED = String.raw`["'\`](?<=(?:${URL_NAME}|/["'\`])[ \t]*[+.][ \t]*["'\`])${WORD}`;
/** The rest of a template or f-string after a URL-named placeholder (`f"{api_base}withdraw"`, `\`\${this.url}withdrawals\``). */
const PLACEHOLDER = String.raw`\}(?<=\$?\{(?:self\.|this\.)?${URL_NAME}\})${WORD}`;
/** The value of a path key or argument (`path='withdraw'`, `endpoint: "withdrawals"`, `'route' => 'withdraw'`). */
const KEYED = String.raw`["'](?<=(?<![A-Za-z0-9_])["']?(?:path|url|uri|endpoint|route|resource)["']?[ \t]*(?:=>|:|=)[ \t]*["'])${WORD}`;
/** The argument of a URL builder (`request_uri('withdraw')`, `build_url("withdrawals")`, `endpoint('withdraw')`). */
const BUILDER_ARG = String.raw`["'](?<=(?<![A-Za-z0-9])(?:[a-z_]{0,20}_)?(?:[Uu]ri|[Uu]rl|URL|[Ee]ndpoint|[Pp]ath)[ \t]*\([ \t]*["'])${WORD}(?=["'][ \t]*\))`;
/** The first argument of a request helper whose next argument is a write verb (`.request("withdrawals", Method::POST, …)`). */
const REQUEST_ARG = String.raw`["'](?<=(?<![A-Za-z0-9_$])_?(?:[Rr]equest|[Cc]all|[Qq]uery|[Ss]end)[A-Za-z]{0,20}[ \t]*\([ \t]*["'])${WORD}(?=["'][ \t]*,)`;
/** That verb: quoted, or an enum's or constant's POST/DELETE (Rust's `Method::POST`, C#'s `HttpMethod.Post`, Go's `http.MethodPost`). */
const VERB_ARG_AFTER = /^["'][ \t]*,[ \t]*(?:["'](?:POST|post|DELETE|delete|PUT|put)["']|(?:[A-Za-z_]{1,30}(?:::|\.))*(?:POST|Post|DELETE|Delete|MethodPost|MethodDelete)(?![A-Za-z0-9_]))/;

/** A segment that makes the word a query: `withdraw_history`, `withdrawal-fee`, `withdrawals_list`. */
const QUERY_WORD = /(?:fee|history|histories|list|record|status|detail|address|limit|quota|info|min|max)/i;
/** A write verb argument after the URL builder's call: `call(request_uri('withdraw'), 'POST', p)`. */
const VERB_AFTER_BUILDER = /^["'`]?[ \t]*\)[ \t]*,[ \t]*["'](?:POST|DELETE|PUT|post|delete|put)["']/;

/** True when the word is a withdrawal action: a table path, or the action shape (`withdraw`, `withdrawals`). */
function actionWord(value: string): boolean {
  if (QUERY_WORD.test(value)) return false;
  return matchActionPath(value) !== undefined || isGenericWithdrawPath(value);
}

/**
 * Keeps a joined word: an action that only writes (the bare verb `withdraw`, or a table action no query shares) unless
 * a read verb is proven; a noun that also reads (`withdrawals`) only with a write verb near or the variable posted.
 */
const joinedAction: Validator = {
  name: 'joined-slashless-action',
  reach: { before: 300, after: 400 },
  test: (value, ctx) => {
    if (!actionWord(value)) return false;
    const hit = matchActionPath(value);
    const writesOnly = /^withdraw$/i.test(value) || (hit !== undefined && !hit.ambiguous);
    return writesOnly ? !readProven(ctx) : writeVerbOrPosted.test(value, ctx);
  },
};

/** True when the path's own call or the argument beside it says GET. */
function readProven(ctx: MatchContext): boolean {
  const v = verbAtPath(ctx);
  return v !== undefined && v !== 'post' && v !== 'delete' && v !== 'put';
}

/** Keeps a keyed or builder word that is an action, with a write verb proven (its object, call or the argument after). */
const writtenAction: Validator = {
  name: 'written-slashless-action',
  reach: { before: 300, after: 400 },
  test: (value, ctx) => actionWord(value) && (VERB_AFTER_BUILDER.test(ctx.text.slice(ctx.end, ctx.end + 40)) || provenWriteVerb(ctx)),
};

/** Keeps a request helper's first argument that is an action word with a write verb as the next argument. */
const requestedAction: Validator = {
  name: 'requested-slashless-action',
  reach: { before: 0, after: 120 },
  test: (value, ctx) => actionWord(value) && VERB_ARG_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 120)),
};

/** The rest-endpoint rule's patterns for slashless paths (gated by the withdraw word like its others). */
export const SLASHLESS_PATH_PATTERNS: readonly PatternSpec[] = [
  { re: rx(JOINED), keywords: ['withdraw'], validate: [joinedAction] },
  { re: rx(PLACEHOLDER), keywords: ['withdraw'], validate: [joinedAction] },
  { re: rx(KEYED), keywords: ['withdraw'], validate: [writtenAction] },
  { re: rx(BUILDER_ARG), keywords: ['withdraw'], validate: [writtenAction] },
  { re: rx(REQUEST_ARG), keywords: ['withdraw'], validate: [requestedAction] },
];

/** Examples for the rest-endpoint rule's record. */
export const SLASHLESS_PATH_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    { text: `<?php\nfunction pull($p) {\n    $url = $this->walletUrl() . '⟦withdraw⟧';\n    return $this->send($url, $p);\n}`, path: 'src/Pay.php' },
    code(`r = requests.post(BASE_URL + "⟦withdrawals⟧", json=body, headers=h)`),
    { text: 'const u = `${apiBase}⟦withdraw⟧`;\nreturn this.http.request(u, body);', path: 'src/pay.ts' },
    code(`ROUTES = [\n    dict(\n        name='pull',\n        path='⟦withdraw⟧',\n        method=Verb.POST,\n    ),\n]`),
    { text: `def pull(amount:, address:)\n  call(request_uri('⟦bitcoin_withdrawal⟧'), 'POST', { amount: amount, address: address })\nend`, path: 'lib/pull.rb' },
    code(`url = self.host + "/" + "⟦withdrawals⟧"\nr = self.session.post(url, data=p)`),
    { text: `let response = self\n    .request("⟦withdrawals⟧", Method::POST, Vec::new(), parameters)\n    .await;`, path: 'src/modules/private.rs' },
    code(`return self._request('⟦fast-withdrawals⟧', 'POST', data=body)`),
  ],
  negative: [
    // Labels, menu entries and the bare word outside a URL.
    { text: `const label = prefix + 'withdraw';\nshow({ id: 'withdraw', text: 'Withdraw' });`, path: 'src/ui.ts' },
    // A noun that also reads, with no write verb or a GET; queries by their word.
    code(`rows = requests.get(BASE_URL + "withdrawals", headers=h)`),
    code(`url = self.api_base + "withdraw_history"\nr = requests.post(url)`),
    code(`ROUTES = [\n    dict(name='rows', path='withdrawals', method=Verb.GET),\n    dict(name='fee', path='withdrawFee', method=Verb.POST),\n]`),
    // A read verb proven on the bare verb's own call; a builder whose request reads.
    code(`r = self._get(self.base + 'withdraw', params=p)`),
    { text: `def rows\n  call(request_uri('withdrawals'), 'GET', {})\nend`, path: 'lib/rows.rb' },
    // The same helper reading, and a query word posted.
    { text: `let rows = self\n    .request("withdrawals", Method::GET, params, json!({}))\n    .await;`, path: 'src/modules/private.rs' },
    code(`return self._request('withdrawal_fees', 'POST', data=body)`),
  ],
};
