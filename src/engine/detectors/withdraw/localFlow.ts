// A withdrawal path put in a local variable and posted a few lines later: scripts build the URL first
// (`request_path = "/api/v5/asset/withdrawal"`, `url = self.base_url + request_path`) and send it after signing
// (`requests.post(url, headers=h, data=body)`). The path line is reported by the path patterns; this reports the
// post, the call site, by following the variable back through at most three assignments in the 30 lines above.
import { defineDetector, type MatchContext, type Validator } from '../../defineDetector';
import { notInComment } from '../../judge/codeContext';
import type { FileKind } from '../../types';
import { lastAssignment, linesAbove, lineEndWithin, lineStartWithin } from '../../text/linesAbove';
import { assignedBefore } from './assignedValue';
import { rx } from '../fragments';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';
import { isGenericWithdrawPath, isUnknownWithdrawPath } from './pathShape';
import { matchActionPath, matchSendPath, nameSegments, rpcActionExchanges, SEND_KEYWORDS } from './table';
import { ownCallName } from './verb';
import { PAYOUT_TAIL } from './payoutPath';
import { FUNCTION_HEAD, NOT_A_SENDER, SIGNING_WORDS } from './constants';
import { POSTED_PATH_EXAMPLES } from './postedPathExamples';
import { executedRequest, READ_REQUEST, sendsBuiltWithdrawal } from './builtRequests';
import { unpackedRequest } from './unpackedRequests';
import { keywordRequest } from './keywordRequest';
import { isServicePath, SERVICE_PATH_KEYWORDS } from './serviceMatch';
import { optionsRequest } from './optionsRequest';
import { tableEntry } from './tableEntry';

/** A write verb as a constant (`ServiceBase.METHOD_POST`, `HttpMethod.Delete`, `http.MethodPost`, `Method.POST`). */
const VERB_CONSTANT = String.raw`(?:[A-Za-z_]{1,30}(?:\.|::))?(?:METHOD_(?:POST|DELETE)|Method(?:Post|Delete)|(?:Http)?Method\.(?:Post|Delete|POST|DELETE))(?![A-Za-z0-9_])`;
/** A capitalised POST after a request word (`ApiKeyPost`, `privatePost`, `signedPOST`), not a post as a noun or a mock's (`createPost`, `onPost`). */
const WORD_THEN_POST = String.raw`(?<=(?:[Aa]pi|API|[Kk]ey|[Pp]rivate|[Ss]igned|[Ss]ign|[Aa]uth|[Hh]ttp|HTTP|[Dd]o|[Ss]end|[Rr]equest|[Rr]est|[Cc]lient|[Ss]ecure|[Mm]ake))(?:Post|POST)`;
/** An endpoint table's entry read through its constant (`API_PATHS.transfer.bankWithdrawal`): a capitalised object, up to two more members. */
const TABLE_CHAIN = String.raw`[A-Z][A-Za-z0-9_]{0,40}\.(?:[A-Za-z_][A-Za-z0-9_]{0,40}\.){0,2}`;
/** The same chain right before a matched name, without its last dot. */
const TABLE_CHAIN_BEFORE = /(?<![\w$.])([A-Z][A-Za-z0-9_]{0,40}(?:\.[A-Za-z_][A-Za-z0-9_]{0,40}){0,2})\.$/;
/**
 * A POST or DELETE call whose first argument is a variable, alone or joined to a base (`post(url`,
 * `post(\n  "https://host" + requestPath`, `post(f"{self.host}{url}"`, `post(BASE_URL + path,`, Rust's
 * `api_post(m.as_str()`), or a call given the verb first (`request('POST', path, body)`, `otherQuery("POST", path`).
 */
// The verb's helper may carry more words: C#'s `PostAsync(`, `PostSignedAsync<T>(`, `post_request(`, `postJson(`, `postForEntity(`,
// a step before it (`signAndPost(`), the client's name before it (Go's `HttpPostForm(client, path, params)`), and a
// word before a capitalised POST (`e.ApiKeyPost(strRequest, params)`, `privatePost(`, `makePostRequest(`).
const POST_OF_VARIABLE = String.raw`(?:(?:(?<![A-Za-z0-9$])(?:(?:sign|signed|build|encode|auth|hash|prepare)And|[Hh]ttp|HTTP)?(?:post|delete|Post|Delete)|${WORD_THEN_POST})(?:_v\d|[A-Z][A-Za-z0-9]{0,40}|_?(?:request|json|form|signed|private|auth|curl))?(?:<[^<>()\n]{0,40}>)?[ \t]*\(|\([ \t]*["'](?:POST|DELETE|post|delete)["'][ \t]*,)[ \t]*(?:\r?\n[ \t]*)?(?:f?["'\`][^"'\`\n{]{0,100}\{[^}\n]{0,40}\}\{|f?["'\`][^"'\`\n]{0,100}["'\`][ \t]*\+[ \t]*|[A-Za-z_.]{1,40}[ \t]*\+[ \t]*|&)?(?:self\.|this\.|${TABLE_CHAIN})?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)}+?\n]|\}["'\`]|\.as_str\(\)|\.to_string\(\))`;
/**
 * A POST helper given the variable by a labelled argument (Swift's `POSTMultipartRequestWithPath(path: requestPath,`,
 * Kotlin's `post(url = endpoint,`): the label says the variable is the request's path.
 */
const POST_NAMED_ARG = String.raw`(?<![A-Za-z0-9_$])(?:POST|DELETE|[Pp]ost|[Dd]elete)(?=[A-Z_(\s])[A-Za-z]{0,30}[ \t]*\([ \t]*(?:path|url|endpoint|requestPath)[ \t]*[:=][ \t]*(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)])`;
/**
 * A request helper given a verb constant and a path attribute of the class (`request(ServiceBase.METHOD_POST,
 * self.base_url, p)`): the attribute is defined far from the request. A local variable under a verb constant
 * (Go's `p := "/…"` then `Do(http.MethodPost, p, …)`) is not taken: its path line, just above, shows the request.
 */
const POST_OF_MEMBER = String.raw`\([ \t]*${VERB_CONSTANT}[ \t]*,[ \t]*(?:self|this)\.(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)+])`;
/**
 * A request helper given the variable first and the verb right after it (`self._request_url(url, 'POST', params=p)`,
 * `call(path, "DELETE")`): the verb argument names the write.
 */
// It starts at the verb's quote, which V8 finds fast, and reads the call back: starting at every identifier of a
// 40-line window cost 4% of a whole scan.
const VERB = String.raw`["'](?:POST|DELETE|post|delete)["']`;
// Up to three plain arguments may come before the variable (Go's `doRequest(ctx, endpoint, "POST", …)`).
const ARG = String.raw`[&*]?[A-Za-z_$][A-Za-z0-9_$.]{0,40}`;
const CALL_OPEN = String.raw`(?<![A-Za-z0-9_$])[A-Za-z_][A-Za-z0-9_]{0,40}(?:<[^<>()\n]{0,40}>)?[ \t]*\(`;
const VARIABLE_THEN_VERB = String.raw`${VERB}(?<=${CALL_OPEN}(?:[ \t]*${ARG}[ \t]*,){0,3}[ \t]*(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})[ \t]*,[ \t]*${VERB})`;
/**
 * A later argument of a POST helper, after one or two plain ones (`PostSignedAsync<R>(Client, endpoint, p)`): each
 * such argument is tried (a body or headers variable holds no path). It starts at the comma, which V8 finds fast, and
 * reads the call back: a look-behind at every position of a 40-line window cost 4% of a whole scan. The finding is the
 * `name` group, and a name's comma lies after the previous match, so it finds what the look-behind alone found.
 */
const LATER_ARG_OF_POST = String.raw`,(?<=(?:(?<![A-Za-z0-9$])(?:[Hh]ttp|HTTP)?(?:post|delete|Post|Delete)|${WORD_THEN_POST})(?:[A-Z][A-Za-z0-9]{0,40}|_[a-z]{1,20})?(?:<[^<>()\n]{0,40}>)?[ \t]*\((?:[ \t]*${ARG}[ \t]*,){1,2})[ \t]*(?:self\.|this\.)?(?<![A-Za-z0-9_$])(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)])`;
/** A quoted write verb after one to three plain arguments, then the variable (`c.sendRequest(ctx, "POST", spath, body, nil)`). */
// It starts at the verb's quote and reads the call back, as VARIABLE_THEN_VERB does.
const VERB_THEN_VARIABLE = String.raw`${VERB}(?<=${CALL_OPEN}(?:[ \t]*${ARG}[ \t]*,){1,3}[ \t]*${VERB})[ \t]*,[ \t]*(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)])`;
/** The variable one or two plain arguments after a quoted write verb that opens the call (Go's `e.ApiKeyRequest("POST", params, strRequest)`); it starts at the comma, as LATER_ARG_OF_POST does. */
const LATER_ARG_AFTER_VERB = String.raw`,(?<=${CALL_OPEN}[ \t]*${VERB}[ \t]*,(?:[ \t]*${ARG}[ \t]*,){1,2})[ \t]*(?:self\.|this\.)?(?<![A-Za-z0-9_$])(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)])`;
/**
 * A write helper's arguments one per line below it, the path variable the first bare name after one to four of them
 * (Go's `core.HttpPost(⏎ctx,⏎s.client,⏎path,`; `s.client` is no bare name).
 */
const ARGS_BELOW = String.raw`(?:<[^<>()\n]{0,40}>)?[ \t]*\([ \t]*\r?\n(?:[ \t]*${ARG}[ \t]*,[ \t]*\r?\n){1,4}?[ \t]*(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})[ \t]*[,)]`;
/** Such a call, reported at its name: the call's line is the request's (the variable sits lines below it). */
const POST_WITH_ARGS_BELOW = String.raw`(?<![A-Za-z0-9_$])(?<v>(?:[Hh]ttp|HTTP)?(?:post|delete|Post|Delete)(?:[A-Z][A-Za-z0-9]{0,40})?)(?=${ARGS_BELOW})`;
const ARGS_BELOW_AT = new RegExp(`^${ARGS_BELOW}`, 'd');
/** Keeps such a call when the variable it is handed holds a withdrawal path in its own assignment. */
const argBelowHoldsPath: Validator = {
  name: 'arg-below-holds-withdraw-path',
  reach: { before: 12000, after: 800 },
  test: (_v, ctx) => {
    const m = ARGS_BELOW_AT.exec(ctx.text.slice(ctx.end, ctx.end + 800));
    const span = m?.indices?.groups?.name;
    return m?.groups?.name !== undefined && span !== undefined && holdsOwnWithdrawPath.test(m.groups.name, { ...ctx, start: ctx.end + span[0], end: ctx.end + span[1] });
  },
};
/** Drops a call that registers a server's route or a test's mock for the path (`router.Handle(r, "POST", p, h)`). */
const notARouteRegistration: Validator = {
  name: 'not-a-route-registration',
  test: (_v, ctx) => !nameSegments((ownCallName(ctx.text, ctx.start) ?? '').replace(/^[#@$]/, '')).some((s) => NOT_A_SENDER.has(s)),
};
/** A verb variable first, the path variable second (`send_request(_method, _path, q)` after `_method = 'POST'`). */
const VERB_VARIABLE_FIRST = String.raw`\([ \t]*(?:self\.|this\.)?[A-Za-z_$]{0,20}(?:[Mm]ethod|METHOD|[Vv]erb|VERB)[A-Za-z_]{0,10}[ \t]*,[ \t]*(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)])`;
/** Keeps such a call when the verb variable's last assignment before it is a write verb. */
const verbVariableWrites: Validator = {
  name: 'verb-variable-writes',
  reach: { before: 12000, after: 0 },
  test: (_name, ctx) => {
    const v = /([A-Za-z_$][A-Za-z0-9_$]{0,40})[ \t]*,[ \t]*(?:self\.|this\.)?$/.exec(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))?.[1];
    const rhs = v === undefined ? undefined : assignedBefore(ctx.text, v, ctx.start);
    return rhs !== undefined && /^["'](?:POST|DELETE|post|delete)["']/.test(rhs.trim());
  },
};
/** Drops a header's parameters, and, with `signers`, a getter or a signer given the verb (`getRequestHeaders(method, path, b)`). */
function notHeaderOrSigner(signers: boolean): Validator {
  return {
    name: signers ? 'not-a-header-or-signer' : 'not-a-header',
    test: (_v, ctx) => {
      if (FUNCTION_HEAD.test(ctx.text.slice(lineStartWithin(ctx.text, ctx.start), ctx.start))) return false;
      if (!signers) return true;
      const segs = nameSegments((ownCallName(ctx.text, ctx.start) ?? '').replace(/^[#@$]/, ''));
      return segs[0] !== 'get' && !segs.some((s) => SIGNING_WORDS.has(s));
    },
  };
}
/** Words after a helper's verb that say it makes the request's body, not the request (`PostContent(`, `postBody(`). */
const BODY_WORDS = new Set(['content', 'body', 'payload', 'params', 'parameters']);
/** Drops a call that builds the body a later call posts (`var c = PostContent(client, endpoint, args);` before `PostAsync`). */
const notABodyBuilder: Validator = {
  name: 'not-a-body-builder',
  test: (_v, ctx) => !nameSegments((ownCallName(ctx.text, ctx.start) ?? '').replace(/^[#@$]/, '')).slice(1).some((s) => BODY_WORDS.has(s)),
};
/** The variable first and the verb a few plain arguments later (C#'s `MakeJsonRequestAsync<T>(url, baseUrl, payload, "POST")`). */
const VARIABLE_ARGS_VERB = String.raw`${VERB}(?<=${CALL_OPEN}[ \t]*(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?:[ \t]*,[ \t]*${ARG}){1,3}[ \t]*,[ \t]*${VERB})`;

/**
 * A variable handed first to a private-API call (`queryPrivateApi(\n  privateEndpoint,`, `self.query_private(method, p)`):
 * RPC-style APIs (Kraken) name the action by a method string, which the variable may hold. Only a private or query
 * call: a variable holding `"Withdraw"` handed to anything else is most often a label.
 */
const RPC_OF_VARIABLE = String.raw`(?:(?<![A-Za-z])(?:private|query)|Private|PRIVATE|Query)[A-Za-z0-9_]{0,30}[ \t]*\([ \t]*(?:\r?\n[ \t]*)?(?:self\.|this\.)?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*[,)])`;

/** The write verbs the post shapes spell: each such match holds one (PatternSpec.needs). */
const VERB_WORDS = ['post', 'Post', 'POST', 'delete', 'Delete', 'DELETE'];

/** Keeps a variable whose last assignment before the call is a withdrawal action's RPC method string (ccxt's table). */
const holdsRpcAction: Validator = {
  name: 'holds-rpc-withdraw-action',
  reach: { before: 12000, after: 0 },
  test: (name, ctx) => {
    const literal = /^["']([A-Za-z]{1,40})["'][ \t]*[;,]?[ \t]*$/.exec(assignedBefore(ctx.text, name, ctx.start)?.trim() ?? '')?.[1];
    return literal !== undefined && /withdraw/i.test(literal) && rpcActionExchanges(literal) !== undefined;
  },
};

/** Drops a generated client's request builder (`buildCall(localVarPath, "POST", …)`): it builds, its caller sends; the path line is reported. */
const notARequestBuilder: Validator = {
  name: 'not-a-request-builder',
  test: (_v, ctx) => !nameSegments((ownCallName(ctx.text, ctx.start) ?? '').replace(/^[#@$]/, '')).some((s) => s === 'build' || s === 'builder'),
};

/** Words of a call that sends a request (SIGNING_WORDS: one that signs or logs it). */
const SENDING = new Set(['request', 'query', 'send', 'call', 'fetch', 'post', 'delete', 'execute', 'invoke', 'submit', 'http']);

/** A per-currency withdrawal path built by formatting (`format!("{}_withdrawal/", c)`, `"%s_withdrawal/"`): Bitstamp's. */
// A literal that starts with the suffix is joined to the currency (`"/" + coin + "_withdrawal/"`).
const COIN_WITHDRAWAL = /(?:^|\{[^}]*\}|%s)_withdrawal\/?$/;

/** True when a string literal of the text is a withdrawal action or send path (table, supplement or shape), or a service's fund-moving path in a file naming it. */
function holdsWithdrawPath(rhs: string, ctx?: MatchContext): boolean {
  // Literal by literal, each closed by its own quote (`"/" + coin + "_withdrawal/"` is two literals, not the middle).
  for (const m of rhs.matchAll(/(["'`])((?:(?!\1)[^\n]){1,200})\1/g)) {
    // An f-string placeholder holding quotes (`f"{self.urls['okx']}/asset/withdrawal"`) cuts the literal: its tail
    // (`]}/asset/withdrawal`) starts with the placeholder's end, which stands for the host.
    const p = m[2].replace(/[?#].*$/, '').replace(/\$?\{[^}]*\}$/, '').replace(/^[^/"'`{}]{0,40}\}(?=\/)/, '{}');
    // An unversioned one too (`"account/withdrawals/#{id}"`): the call it is posted by proves the write verb.
    if (/withdraw/i.test(p) && (matchActionPath(p) !== undefined || isUnknownWithdrawPath(p) || isGenericWithdrawPath(p) || COIN_WITHDRAWAL.test(p))) return true;
    if (matchSendPath(p) !== undefined) return true;
    // A payment API's payout collection (`%s/api/v1/pull-payments/%s/payouts`): the post proves the write.
    if (PAYOUT_TAIL.test(p)) return true;
    // A custody or payment service's path (`f"{BASE}/txs/micro"` in a BlockCypher client).
    if (ctx !== undefined && isServicePath(m[2].replace(/[?#].*$/, ''), ctx)) return true;
  }
  return false;
}

/** How many assignments are followed back: `final_url = f"{url}?{q}"` ← `url = BASE + endpoint` ← `endpoint = "…"`. */
const MAX_HOPS = 3;

/** A line that hands a call's result to another call as its parameters, headers or body (`params=auth.to_request(`), inside that call's arguments (the line above ends in `(` or `,`). */
const PART_OF_REQUEST = /^[ \t]*(?:params|headers|auth|data|json|body|payload|query|signature)[ \t]*[=:][ \t]*(?:await[ \t]+)?[A-Za-z_$][\w$.]*\([^()\n]*$/;

/** The name a variable is joined onto, right before it (`this.endpoint + `, `url+`). */
const JOINED_BASE = /(?<![\w$.])(?:(this|self)\.)?([A-Za-z_$][\w$]{0,40})[ \t]*\+[ \t]*(?:self\.|this\.)?$/;

/** Keeps a posted variable that holds a withdrawal path, followed back through `hops` assignments. */
function postsPath(hops: number): Validator {
  return {
    name: hops === MAX_HOPS ? 'posts-local-withdraw-path' : 'posts-own-withdraw-path',
    reach: { before: 12000, after: 0 },
    test: (name, ctx) => {
      // The posted line names the path itself: the path patterns report it there.
      // The call must send: a signer or header builder given the verb and path (`self._auth("POST", path)`) does not.
      const call = ownCallName(ctx.text, ctx.start);
      if (call !== undefined) {
        const segs = nameSegments(call.replace(/^[#@$]/, ''));
        if (segs.some((s) => SIGNING_WORDS.has(s)) && !segs.some((s) => SENDING.has(s))) return false;
      }
      // A call that makes another request's parameters or headers (`params=auth.to_request(url, 'POST'),`) sends nothing.
      if (PART_OF_REQUEST.test(linesAbove(ctx.text, ctx.start, 1, 300)) && /[(,][ \t]*\r?\n[^\n]*$/.test(linesAbove(ctx.text, ctx.start, 2, 600))) return false;
      if (/["'`][^"'`\n]*withdraw/i.test(ctx.text.slice(ctx.start, lineEndWithin(ctx.text, ctx.end)))) return false;
      // An endpoint table's entry read through its constant: looked up inside that table only.
      const chain = TABLE_CHAIN_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 130), ctx.start));
      if (chain) {
        const rhs = tableEntry(ctx.text, chain[1], name, ctx.start);
        return rhs !== undefined && holdsWithdrawPath(rhs, ctx);
      }
      const member = /(?:this|self)\.$/.test(ctx.text.slice(Math.max(0, ctx.start - 5), ctx.start));
      if (builtFromWithdrawPath(ctx.text, name, ctx.start, hops, new Set([name]), member, ctx.kind, ctx)) return true;
      // The base the variable is joined to may be the path (`post(this.endpoint + queryParams, …)`: the query is joined on).
      const base = JOINED_BASE.exec(ctx.text.slice(Math.max(0, ctx.start - 90), ctx.start));
      return base !== null && builtFromWithdrawPath(ctx.text, base[2], ctx.start, hops, new Set([base[2]]), base[1] !== undefined, ctx.kind, ctx);
    },
  };
}
/** Keeps a posted variable that holds a withdrawal path, directly or through up to two more variables it is built from. */
const postsWithdrawPath = postsPath(MAX_HOPS);
/** A later argument's own assignment must hold the path: a signature or header built from it is not it. */
const holdsOwnWithdrawPath = postsPath(1);


/** True when `name`'s last assignment before `at` holds a withdrawal path, or is built from a variable that does. */
function builtFromWithdrawPath(text: string, name: string, at: number, hops: number, seen: Set<string>, member = false, kind?: FileKind, ctx?: MatchContext): boolean {
  const rhs = assignedBefore(text, name, at, member, kind);
  if (rhs === undefined) return false;
  if (holdsWithdrawPath(rhs, ctx)) return true;
  if (hops <= 1) return false;
  // Names outside string literals, and inside their `{…}` placeholders (f-strings, template literals).
  const code = rhs.replace(/(["'`])([^"'`\n]*)\1/g, (_q, _d, body: string) => ` ${[...body.matchAll(/\{([^{}]*)\}/g)].map((x) => x[1]).join(' ')} `);
  for (const m of code.matchAll(/(?<![A-Za-z0-9_$."'])(?:self\.|this\.)?([A-Za-z_$][A-Za-z0-9_$]{1,40})(?![A-Za-z0-9_$(])/g)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    if (builtFromWithdrawPath(text, m[1], at, hops - 1, seen, false, kind, ctx)) return true;
  }
  return false;
}

/** An executor's request: built by a withdrawal builder, or made with a withdrawal path and no read verb (`new RestRequest("api/v4/withdrawals", Method.Post)`). */
const executesWithdrawal: Validator = {
  name: 'executes-withdrawal-request',
  reach: { before: 12000, after: 0 },
  test: (name, ctx) => {
    if (sendsBuiltWithdrawal.test(name, ctx)) return true;
    // No read verb where the request is made, nor set on it before it is sent.
    const back = linesAbove(ctx.text, ctx.start, 14, 14 * 300);
    const made = lastAssignment(back, name, true);
    return made !== undefined && !READ_REQUEST.test(back.slice(made.at)) && holdsOwnWithdrawPath.test(name, ctx);
  },
};

export const withdrawPostedPath = defineDetector({
  id: 'withdraw/posted-path',
  title: 'withdrawal path posted through a variable',
  severity: 'warning',
  role: 'endpoint',
  message: 'Withdrawal request: {name} holds a withdrawal path and is posted here.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw', 'payout', ...SEND_KEYWORDS, ...SERVICE_PATH_KEYWORDS],
  validate: [notInComment],
  files: CODE,
  // The window opens at the path's line and reads on to the post.
  patterns: [
    // `needs`: the verb, method word or call kind each shape spells (most of these 40-line windows hold none).
    { re: rx(POST_OF_VARIABLE), linesAfter: 40, needs: VERB_WORDS, validate: [notABodyBuilder, postsWithdrawPath] },
    { re: rx(VARIABLE_THEN_VERB), linesAfter: 40, needs: VERB_WORDS, validate: [notARequestBuilder, postsWithdrawPath] },
    { re: rx(VARIABLE_ARGS_VERB), linesAfter: 40, needs: VERB_WORDS, validate: [notARequestBuilder, postsWithdrawPath] },
    { re: rx(VERB_THEN_VARIABLE), linesAfter: 40, needs: VERB_WORDS, validate: [notHeaderOrSigner(true), notARouteRegistration, notARequestBuilder, postsWithdrawPath] },
    { re: rx(LATER_ARG_AFTER_VERB), linesAfter: 40, needs: VERB_WORDS, validate: [notHeaderOrSigner(true), notARouteRegistration, notARequestBuilder, postsWithdrawPath] },
    { re: rx(LATER_ARG_OF_POST), linesAfter: 40, needs: VERB_WORDS, validate: [notHeaderOrSigner(false), notABodyBuilder, holdsOwnWithdrawPath] },
    { re: rx(POST_WITH_ARGS_BELOW), linesAfter: 40, needs: VERB_WORDS, validate: [argBelowHoldsPath] },
    // A withdrawal builder's request, or a request object made with a withdrawal path, handed to an executor (builtRequests.ts).
    executedRequest(executesWithdrawal),
    // A withdrawal helper's unpacked path handed to the client's request (unpackedRequests.ts).
    unpackedRequest,
    // A helper given the verb and the URL as keyword arguments (`self.make_request(method='POST', url=url)`).
    keywordRequest((text, name, before, member, kind) => builtFromWithdrawPath(text, name, before, MAX_HOPS, new Set([name]), member, kind)),
    // A fetch-style call whose options object sets the write method (`fetch(url, { method: 'POST', body })`).
    optionsRequest(postsWithdrawPath),
    { re: rx(VERB_VARIABLE_FIRST), linesAfter: 40, needs: ['method', 'Method', 'METHOD', 'verb', 'Verb', 'VERB'], validate: [notHeaderOrSigner(true), verbVariableWrites, postsWithdrawPath] },
    { re: rx(POST_OF_MEMBER), linesAfter: 40, needs: ['Method', 'METHOD'], validate: [postsWithdrawPath] },
    { re: rx(POST_NAMED_ARG), linesAfter: 40, needs: VERB_WORDS, validate: [postsWithdrawPath] },
    { re: rx(RPC_OF_VARIABLE), keywords: ['withdraw'], linesAfter: 12, needs: ['private', 'query', 'Private', 'PRIVATE', 'Query'], validate: [holdsRpcAction] },
  ],
  examples: POSTED_PATH_EXAMPLES,
});
