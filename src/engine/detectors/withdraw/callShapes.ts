// The shapes of a withdrawal call the library-call rule reads: receivers (client-like, DeFi look-alikes), arguments,
// RPC method strings, request builders and an exchange's own contract. Regexes and validators only.
import { inString } from '../../judge/codeContext';
import type { MatchContext, Validator } from '../../defineDetector';
import type { FileKind } from '../../types';
import { booksOrType } from './bookkeeping';
import { ACCESS, CLIENT_RECEIVER, CRYPTO_ARGS, DEFI_WORDS, isLookAlikeWord, isReplyEnding } from './callWords';
// Re-exported: the rules import the call's shapes from here.
export { ACCESS, CLIENT_RECEIVER, CRYPTO_ARGS, DEFI_WORDS, isLookAlikeWord };
import { isImplicitAction, isWithdrawActionName, nameSegments, rpcActionExchanges } from './table';
import { lineStartWithin } from '../../text/linesAbove';

// Python's explicit line continuation (`Client(key=k) \⏎ .withdraw(`) ends the line too.
export const BREAK = String.raw`(?:[ \t]{0,8}\\?\r?\n[ \t]{0,40})?`;
/**
 * A method of something (`x.`, `x?.`, `).`, `].`, `->`, `::`), also with the dot starting the next line
 * (`client\n  .submitWithdrawal(`). The match starts at the access and checks its receiver looking back: a regex
 * that starts with a look-behind is tried at every character (4× slower on files dense with calls).
 */
export const RECV = String.raw`${ACCESS}(?<=[A-Za-z0-9_$)\]]${BREAK}${ACCESS})(?<!${DEFI_WORDS}${BREAK}${ACCESS})`;
/** A line break after the access (Go: `GetWrapper().⏎ WithdrawalFiatFunds(`). */
export const BREAK_AFTER = String.raw`(?:[ \t]{0,8}\r?\n[ \t]{0,40})?`;
/** The bare verb: alone it needs an exchange import, an exchange-like receiver or crypto arguments. */
export const BARE = String.raw`(?<name>withdraw|withdrawal|Withdraw)[ \t]*\(`;

/**
 * A withdrawal action by its name's segments; `margin` (a query or internal-transfer word: margin removed from a
 * position, `withdrawMargin`) does not veto margin taken out of a bank (`withdraw_margin_from_bank`): a perp DEX's
 * margin bank is its custody contract, and what leaves it leaves the exchange. `site`: the call's, when known.
 */
export function isWithdrawCall(name: string, site?: MatchContext): boolean {
  if (!isWithdrawActionName(name) && !isWithdrawActionName(name.replace(/_?[Mm]argin(?=_?[Ff]rom_?[Bb]ank(?:$|[_A-Z]))|(?<=[Ff]rom_?)[Mm]argin_?(?=[Bb]ank(?:$|[_A-Z]))/, ''))) return false;
  // Words before a destination (`withdrawToDepositAddress`: after `to`, they name where it goes).
  const segs = nameSegments(name);
  // A versioned or async plural is a generated listing (`s.V1Withdrawals(ctx, p)`); the bare plural is judged by its
  // arguments (notPluralListing: `luno.withdrawals(auth)` lists, with an address and amount it creates); a record
  // added to a ledger (`self.add_withdrawal(uid, amount, txid)`) is bookkeeping after the send.
  if (/^(?:v\d+withdrawals(?:async)?|withdrawalsasync)$/.test(segs.join(''))) return false;
  if (segs[0] === 'add' && /^withdrawals?$/.test(segs[segs.length - 1])) return false;
  // So is a state the bot's books give a withdrawal (`begin_withdrawal`, `markWithdrawalSigned`), and a type named
  // for withdrawals, built (`BinanceWithdrawalClient(key, secret)`): bookkeeping.ts, with the call site.
  if (booksOrType(name, segs, site)) return false;
  // A conversion into another type (`m.ToWithdrawalCallMsg(from)`, `to_withdrawal_dict()`).
  if (segs[0] === 'to' && segs.length > 2) return false;
  // A withdrawal signed for another call to submit (`SignWithdrawAction(…)`) is that call's plumbing.
  if (segs[0] === 'sign' && !segs.some((s) => /^(?:send|submit|post|broadcast|execute)$/.test(s))) return false;
  const to = segs.indexOf('to', segs.findIndex((s) => /^withdraw/.test(s)));
  return !segs.slice(0, to === -1 ? segs.length : to).some(isLookAlikeWord) && !isReplyEnding(segs);
}
/** Keeps called names that are withdrawal actions by their segments; `compound` wants more than the bare verb. */
export function actionName(compound: boolean): Validator {
  return {
    name: compound ? 'withdraw-action-name' : 'withdraw-verb',
    test: (value, ctx) => isWithdrawCall(value, ctx) && compound === !/^(?:withdraw|withdrawal|Withdraw)$/.test(value),
  };
}
/** Keeps a called name that is a withdrawal action, bare or compound. */
export const anyActionName: Validator = { name: 'withdraw-any-action-name', test: (value, ctx) => /^withdrawals?$/i.test(value) || isWithdrawCall(value, ctx) };
/** Keeps a PascalCase noun-form method name (`OpenBankWithdrawal`) whose other segments are no query words. */
export const nounMethod: Validator = { name: 'withdraw-noun-method', test: (value) => isWithdrawActionName(value.replace(/Withdrawal$/, 'Withdraw')) };
/** Keeps matches inside a string literal: a script handed to an interpreter. */
export const inStringLiteral: Validator = { name: 'in-string', reach: { before: 0, after: 0 }, test: (_v, ctx) => inString(ctx.text, ctx.start) };
export const implicitAction: Validator = { name: 'ccxt-implicit-action', test: (value) => isImplicitAction(value) };
export const rpcAction: Validator = { name: 'rpc-method-action', test: (value) => rpcActionExchanges(value) !== undefined };
/**
 * An RPC method string as the first argument of a private-API call: `query_private('WithdrawCancel', …)`,
 * `self._query_private('Withdraw', …)`, `kraken.api('Withdraw', …)`, `privateMethod("Withdraw")`, and a client's
 * generic command call (`self.__call__('withdraw', args)`, `call('withdraw', …)`). The match
 * starts at the quote and checks the call's name looking back (see RECV for why); the word starts a name
 * segment (`capital(` holds no `api`).
 */
// Also a client's own request method given the command (`$this->request('withdraw', $params)`, `self.runner.client.request(⏎'Withdraw',`), a legacy
// command API where the command is the endpoint). The string may open the call's next line (`Query(⏎ "Withdraw",`), or
// follow the name after a space in Ruby's call without parentheses (`post_private 'Withdraw', opts`).
export const RPC_STRING = String.raw`\\?["'](?<=(?:(?:(?<![A-Za-z])(?:private|query|api|rpc)|Private|PRIVATE|Query|Api|API|Rpc|RPC)[A-Za-z0-9_]{0,30}|__call__|(?<![A-Za-z0-9_])call|(?:\$this->|(?<![A-Za-z0-9_$])(?:this|self|client|api|kraken)\.)_?request)(?:[ \t]*\([ \t]*(?:\r?\n[ \t]*)?|[ \t]+)\\?["'])(?<name>[A-Za-z_]{0,40}[Ww]ithdraw[A-Za-z_]{0,40})(?=\\?["'][ \t]*[,)])`;


/**
 * An RPC API's method name kept in a constant or a request field (`apiWithdraw = "withdrawCoin"`, `method: 'withdrawFiat'`):
 * the call that posts it reads the constant, so the constant is where the action is named. The match starts at the
 * quote and checks the name before it looking back (see RECV); the value must be an action (`withdrawHistory` is not).
 */
export const METHOD_CONSTANT = String.raw`["'](?<=(?:(?<![A-Za-z])(?:api|method|cmd|rpc)|API|Api|Method|METHOD|Cmd|CMD|Rpc|RPC)[A-Za-z0-9_]{0,40}["']?[ \t]*(?::=|=|:)[ \t]*["'])(?<name>[a-z][A-Za-z0-9_]{0,40}?[Ww]ithdraw[A-Za-z0-9_]{0,40}|withdraw[A-Za-z0-9_]{0,40})(?=["'])`;

/**
 * The same method name kept in a constant and handed to the private-API call (`c.PrivateApiCall(MethodWithdrawCoin,
 * &body)`): the constant's name says the method; the validator keeps a withdrawal action (no `MethodWithdrawHistory`).
 * The lookahead fails most positions before the lookbehind runs (same matches, a small fraction of the time).
 */
export const RPC_CONSTANT = String.raw`(?=(?:Method|Cmd|Command)Withdraw)(?<=(?:(?<![A-Za-z])(?:private|query|api|rpc)|Private|PRIVATE|Query|Api|API|Rpc|RPC)[A-Za-z0-9_]{0,30}[ \t]*\([ \t]*(?:[A-Za-z_][A-Za-z0-9_]{0,30}\.)?)(?<name>(?:Method|Cmd|Command)Withdraw[A-Za-z0-9]{0,30})(?=[ \t]*[,)])`;
/** Keeps a constant naming a withdrawal action once its prefix is off (`MethodWithdrawCoin` -> `WithdrawCoin`). */
export const constantAction: Validator = { name: 'withdraw-method-constant', test: (value) => isWithdrawCall(value.replace(/^(?:Method|Cmd|Command)/, '')) };
/**
 * A withdrawal resource reached by an accessor and sent (`$okex->withdrawal()->post([...])`, `api.withdraw().create(p)`):
 * PHP and JS clients that group endpoints by resource object; `->get()` on it is a query.
 */
export const RESOURCE_POST = String.raw`(?:->|\.)(?<name>[Ww]ithdraw(?:al)?s?)[ \t]*\([ \t]*\)[ \t]*(?:->|\.)[ \t]*(?:post|create|submit)[ \t]*\(`;

/** True when this file defines the method `name` (Python `def name(self`, a JS/TS/PHP class method `name(…) {`). */
function definesMethod(text: string, name: string): boolean {
  return new RegExp(String.raw`^[ \t]*(?:async[ \t]+)?def[ \t]+${name}[ \t]*\([ \t]*self\b|^[ \t]*(?:(?:public|private|protected|static|async)[ \t]+)*(?:function[ \t]+)?${name}[ \t]*\([^()\n]*\)[ \t]*(?::[^{\n]*)?\{`, 'm').test(text);
}
/**
 * Drops `self.withdraw(…)`/`this.withdraw(…)` when this file defines that method: a class calling its own wrapper (a
 * retry from a nested helper, a `start()` handing over), whose body holds the exchange call, reported there.
 */
export const notOwnMethod: Validator = {
  name: 'not-own-method',
  test: (value, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    return !/(?:^|[^\w$.>])(?:\$this->|(?:this|self)[ \t]*(?:\r?\n[ \t]*)?\.)$/.test(before) || !definesMethod(ctx.text, value);
  },
};

/**
 * Drops a call with no arguments of a function this file defines with none (`asset.withdrawal()` running a demo's own
 * `def withdrawal() -> None:` step): the file's own step, whose body holds the exchange call, reported there.
 */
export const notOwnEmptyStep: Validator = {
  name: 'not-own-empty-step',
  test: (value, ctx) => {
    if (!/^[ \t]*\([ \t]*\)/.test(ctx.text.slice(ctx.end, ctx.end + 20))) return true;
    const name = value.replace(/[$]/g, '\\$');
    return !new RegExp(String.raw`^[ \t]*(?:async[ \t]+)?def[ \t]+${name}[ \t]*\([ \t]*(?:self|cls)?[ \t]*\)|^[ \t]*(?:(?:public|private|protected|static|async)[ \t]+)*(?:function[ \t]+)?${name}[ \t]*\([ \t]*\)[ \t]*(?::[^{\n]*)?\{`, 'm').test(ctx.text);
  },
};

/** Suffixes of a request object or builder (`AccountWithdrawApplyRequest`, `NewWithdrawalRequest`, `NewWithDrawService`). */
const BUILDER_SUFFIX = /(?:Request|Service|Builder|Req)$/;
/**
 * Keeps a request object or builder whose name, without `New` and its suffix, is a withdrawal action
 * (`AccountWithdrawApply`, `WithDraw`): a withdraw word segment and no query segment.
 */
export const builderAction: Validator = {
  name: 'withdraw-builder',
  test: (value) => {
    const core = value.replace(/^New(?=[A-Z])/, '').replace(BUILDER_SUFFIX, '').replace(/WithDraw/g, 'Withdraw');
    return core.length > 0 && nameSegments(core).length > 0 && isWithdrawActionName(core.charAt(0).toLowerCase() + core.slice(1));
  },
};
/** A request object constructed (`new AccountWithdrawApplyRequest()`): SDKs send it whole (`callCloud(new …Request()…)`). */
export const BUILDER_NEW = String.raw`\bnew[ \t]+(?<name>[A-Z][A-Za-z0-9]{0,60}?With[Dd]raw[A-Za-z0-9]{0,60}(?:Request|Req))[ \t]*\(`;
/** A Go builder (`NewWithdrawalRequest()`, `NewWithDrawService()`) whose chain is sent: `.Do(ctx)`, `.Withdraw(data)`. */
export const BUILDER_GO = String.raw`(?<![A-Za-z0-9_])(?<name>New[A-Za-z0-9]{0,60}?With[Dd]raw[A-Za-z0-9]{0,60}(?:Request|Service|Builder))[ \t]*\([^(){}]{0,80}\)(?=[^{}]{0,400}?\.[ \t]*(?:\r?\n[ \t]*)?(?:Do|Withdraw|Send)[ \t]*\()`;
/**
 * A call to an exchange's own contract (dYdX's StarkEx perpetual: `contract.functions.withdraw(…)`, `withdrawTo`): the web3
 * `functions` receiver is vetoed for DeFi look-alikes (WETH, vaults), so it counts only in a file of that exchange's client.
 */
export const EXCHANGE_CONTRACT = String.raw`(?<![Ww](?:ETH|eth|BNB|bnb|MATIC|matic)9?)\.functions\.(?<name>withdraw(?:To)?)[ \t]*\(`;
/**
 * Keeps a request object handed straight to a call that is no withdrawal call itself (`callCloud(new …WithdrawApplyRequest()`):
 * one assigned to a variable (`req = new FiatWithdrawRequest()`) or passed to `client.withdraw(` is sent by a call found apart.
 */
export const sentWhole: Validator = {
  name: 'withdraw-request-sent-whole',
  reach: { before: 0, after: 0 }, // the value's own line
  test: (_v, ctx) => {
    const before = ctx.text.slice(lineStartWithin(ctx.text, ctx.start), ctx.start).replace(/\bnew[ \t]+$/, '');
    const call = /([A-Za-z0-9_$]+)[ \t]*\([ \t]*$/.exec(before);
    return call !== null && !/withdraw/i.test(call[1]);
  },
};

/** Languages whose methods are camelCase by convention: a PascalCase name called there is a class. */
const CAMEL_METHODS = new Set<FileKind>(['python', 'notebook', 'java', 'kotlin', 'scala', 'swift', 'dart']);

/**
 * Drops a PascalCase name called where methods are camelCase or snake_case: a class constructed (Python's
 * `sdk.Withdraw(builder)`, Kotlin's `VerificationMode.Withdraw(id, steps)`), not a method. Go and C# call PascalCase methods.
 */
export const notAClassConstructed: Validator = {
  name: 'not-a-class-constructed',
  test: (value, ctx) => !(CAMEL_METHODS.has(ctx.kind) && /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(value)),
};

/** `return r.ApiService.PullExecute(r)`: the object the call goes through handed to it as the only argument. */
const SELF_HANDED = /^[ \t]*(?:return[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)\.(?:[A-Za-z_][A-Za-z0-9_]*\.)*$/;
/**
 * Drops delegation plumbing of generated SDKs: a request hands itself to its own service
 * (`func (r ApiPullRequest) Execute() { return r.ApiService.PullExecute(r) }`); the user's `…Pull(ctx)…Execute()` is the call.
 */
export const notSelfDelegation: Validator = {
  name: 'not-self-delegation',
  test: (_v, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const root = SELF_HANDED.exec(ctx.text.slice(lineStart, ctx.start))?.[1];
    if (!root) return true;
    const args = /^[A-Za-z0-9_]*[ \t]*\([ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\)/.exec(ctx.text.slice(ctx.start, ctx.start + 200))?.[1];
    if (args !== root) return true;
    // The root is the enclosing method's receiver: Go's `func (r T)` a few lines up, or `self`/`this`.
    if (root === 'self' || root === 'this') return false;
    const head = ctx.text.slice(Math.max(0, lineStart - 400), lineStart);
    return !new RegExp(String.raw`\bfunc[ \t]*\([ \t]*${root}[ \t]+\*?[A-Za-z_]`).test(head);
  },
};

/** Drops accessors of a field named by the word: `setWithdrawFee(`, `->setWithdrawOrderId(`, `withWithdrawMin(` (Java beans, PHP models, builders). */
export const notAccessor: Validator = { name: 'withdraw-not-an-accessor', test: (value) => !/^(?:[Ss]et|[Ww]ith(?!D(?:raw|RAW)))(?=[A-Z_])/.test(value) };

/**
 * Drops a generated client building a request, not sending it: its own `…Request` method assigned to a request
 * variable (`$request = $this->withdrawRequest($body)`). `req = client.withdraw_request(…)` on a client, or a
 * name with a send verb (`req = self.submit_withdraw_request(…)`), stays a call.
 */
const SEND_VERBS = new Set(['submit', 'create', 'send', 'apply', 'make', 'place', 'post', 'execute']);
export const notRequestBuilt: Validator = {
  name: 'withdraw-request-built',
  reach: { before: 0, after: 0 },
  test: (value, ctx) => {
    if (!/[Rr]equest$/.test(value) || nameSegments(value).some((w) => SEND_VERBS.has(w))) return true;
    const before = ctx.text.slice(lineStartWithin(ctx.text, ctx.start), ctx.start);
    return !/(?:^|[^\w$])\$?(?:[a-z]+_?)?(?:[Rr]equest|[Rr]eq)[ \t]*(?::[^=]{1,40})?=[ \t]*(?:\$this->|this\.|self\.)$/.test(before);
  },
};

/** A constructor of a client-like class: `AevoClient(`, `new acme.FundsApi(`, `acme.NewClient(`, `AcmeClient::new(`. */
const CLIENT_CLASS = /^(?:await[ \t]+)?(?:new[ \t]+)?(?:[A-Za-z_$][\w$]*(?:\.|::))*([A-Za-z_$][\w$]*(?:Client|Exchange|API|Api|SDK|Sdk))(?:::[a-z_]+)?[ \t]*[(<{]/;
/** Look-alikes by their constructor (`VaultClient(`, `PoolApi(`, a bank kata's `AccountClient(`): silent as on such receivers. */
const DEFI_CLASS = /[Vv]ault|[Pp]ool|[Ff]arm|[Ss]tak|[Cc]ontract|[Tt]oken|[Rr]outer|[Cc]hef|[Gg]auge|[Bb]ank|[Aa]ccount/;
/**
 * Keeps a bare verb on a receiver the file built from a client class a few thousand characters above
 * (`aevo = AevoClient(…)` … `aevo.withdraw(amount=1)`): an SDK's client, whatever the variable is called.
 */
export const receiverBuiltAsClient: Validator = {
  name: 'withdraw-receiver-built-as-client',
  reach: { before: 6000, after: 0 },
  test: (_v, ctx) => {
    const recv = /([A-Za-z_$][\w$]*)[ \t]*(?:\r?\n[ \t]*)?(?:\??\.|->)[ \t]*(?:\r?\n[ \t]*)?$/.exec(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start))?.[1];
    if (!recv || /^(?:self|this|cls)$/.test(recv)) return false;
    const head = ctx.text.slice(Math.max(0, ctx.start - 6000), ctx.start);
    const assign = new RegExp(String.raw`(?:^|[^\w$.])(?:(?:self|this)\.)?\$?${recv.replace(/\$/g, '\\$')}[ \t]*(?::[ \t]*[\w$.<>\[\]]+[ \t]*)?:?=[ \t]*`, 'g');
    for (let m = assign.exec(head); m; m = assign.exec(head)) {
      const cls = CLIENT_CLASS.exec(head.slice(m.index + m[0].length, m.index + m[0].length + 160))?.[1];
      if (cls && !DEFI_CLASS.test(cls)) return true;
    }
    return false;
  },
};

/** A compound withdraw function name as a whole string literal argument (`"withdraw_from_bank"`), before a comma or `)`. */
export const MOVE_CALL_STRING = String.raw`\\?["'](?<name>[a-z][A-Za-z0-9_]{0,40}?[Ww]ithdraw[A-Za-z0-9_]{0,40}|[Ww]ithdraw[A-Za-z0-9_]{1,40})(?=\\?["'][ \t]*[,)])`;
/** Calls that run an on-chain function named by a string: Sui/Aptos move calls, contract-call helpers. */
const MOVE_CALLER = /(?:move_?call|(?:call|invoke|execute)_?contract|contract_?(?:call|invoke|execute))[A-Za-z0-9_]*$/i;
/** Words of a DeFi function or module (vault, pool, staking, liquidity, rewards): look-alikes, as on a receiver. */
const DEFI_ARG = /vault|pool|farm|stak|liquidity|\blp\b|_lp|reward|chef|gauge|router|strategy|weth|wrap/i;
/**
 * Keeps a withdraw function name handed as a string to a move or contract call (`rpc_unsafe_moveCall(url, args,
 * "withdraw_from_bank", "margin_bank", …)`): the innermost call still open before it, within 600 characters, must be
 * one, and neither the name nor the call's other string arguments may name a DeFi vault, pool or stake.
 */
export const inMoveCallArgs: Validator = {
  name: 'withdraw-move-call-function',
  reach: { before: 600, after: 400 },
  test: (value, ctx) => {
    if (!isWithdrawCall(value) || DEFI_ARG.test(value)) return false;
    const head = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start);
    let depth = 0;
    for (let i = head.length - 1; i >= 0; i--) {
      const c = head[i];
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '(' || c === '[' || c === '{') {
        if (depth > 0) { depth--; continue; }
        if (c !== '(') continue; // an argument list built in a list or object literal: look further out
        const caller = /([A-Za-z_$][\w$]*)[ \t]*$/.exec(head.slice(0, i))?.[1];
        if (!caller || !MOVE_CALLER.test(caller)) return false;
        const close = ctx.text.indexOf(')', ctx.end);
        const rest = ctx.text.slice(ctx.end, close === -1 ? ctx.end + 400 : Math.min(close, ctx.end + 400));
        const strings = (head.slice(i) + rest).match(/["'][^"'\n]{0,80}["']/g) ?? [];
        return !strings.some((str) => DEFI_ARG.test(str));
      }
    }
    return false;
  },
};


/** A scenario's words (`withdrawFlow`, `withdraw_workflow`): it drives other calls unless it is handed what to move. */
const SCENARIO = new Set(['flow', 'workflow', 'scenario']);
/** What a withdrawal is handed: a destination, a coin or network, an amount. */
const MOVE_ARGS = /address|addr\b|\bto\b|dest|recipient|coin|currency|asset|chain|network|amount|qty|quantity/i;

/**
 * Drops a withdraw-named scenario handed nothing to move (`withdrawFlow(account)`: a demo's sequence of calls, each
 * judged on its own); one handed an address, a coin or an amount (`withdraw_flow(address=to, coin="FLOW")`) stays.
 */
export const notScenario: Validator = {
  name: 'not-a-scenario',
  reach: { before: 0, after: 300 },
  test: (value, ctx) => {
    if (!nameSegments(value).some((s) => SCENARIO.has(s))) return true;
    const args = ctx.text.slice(ctx.end, ctx.end + 300).split(/\)[ \t]*(?:;|\r?\n|$)/)[0];
    return MOVE_ARGS.test(args);
  },
};
