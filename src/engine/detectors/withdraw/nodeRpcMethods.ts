// A node's wallet method named by a string (nodeRpc.ts's literal patterns): used as the call's method, not compared,
// looked up or listed in a method table; monero-wallet-rpc's with its destination, a CryptoNote walletd's with its
// transfer list.
import type { MatchContext, Validator } from '../../defineDetector';
import { NODE_RPC_NAMES } from './nodeRpcTable';
import { lastAssignment, lineEndWithin, lineStartWithin } from '../../text/linesAbove';

/** True when the quoted name at `ctx` is given as a call's method: `"method": "…"`, `method=…`, or a call's first argument. */
function givenAsMethod(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 1 - 60), ctx.start - 1);
  return /(?:["']?method["']?[ \t]*(?::|=>|=|,)|\()[ \t]*$/.test(before);
}

/** What stands before a method literal that is compared or looked up, not called (`== 'sendtoaddress'`, `case "sendmany":`). */
const COMPARED = /(?:[=!]==?|\bcase|\bin|\bnot in|\bequals\(|\bincludes\(|\bhas\()[ \t]*\(?[ \t]*$/;

/** True when the literal at `start` sits among other node method literals on its line: a method table or an allow-list. */
function inMethodTable(text: string, start: number, end: number): boolean {
  const line = text.slice(lineStartWithin(text, start), lineEndWithin(text, end));
  const others = [...line.matchAll(/["']([A-Za-z_.]{3,30})["']/g)].filter((m) => NODE_RPC_NAMES.has(m[1].toLowerCase()));
  return others.length > 1;
}

/** Keeps a method literal that is used as the call's method: not a key, not compared, not one of a table of methods. */
export const methodUsed: Validator = {
  name: 'node-method-used',
  reach: { before: 120, after: 400 },
  test: (_v, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 1 - 60), ctx.start - 1);
    const after = ctx.text.slice(ctx.end + 1, ctx.end + 10);
    return !/^[ \t]*(?::|=>|\])/.test(after) && !COMPARED.test(before) && !inMethodTable(ctx.text, ctx.start, ctx.end);
  },
};

/** How far above a wallet method the parameters it is handed may be built. */
const PARAMS_ABOVE = 1500;

/**
 * The text from the last assignment to `name` within PARAMS_ABOVE characters before `at` (`name = …` up to `at`),
 * or undefined: the parameters a method is handed, built above it (another function's variable of the same name is
 * further up).
 */
function builtAbove(text: string, name: string, at: number): string | undefined {
  const above = text.slice(Math.max(0, at - PARAMS_ABOVE), at);
  const built = lastAssignment(above, name);
  return built && above.slice(built.at);
}

/** A transfer built and not broadcast: a fee quote (`do_not_relay: true`, Go's `DoNotRelay: true`). */
const NOT_RELAYED = /do_?not_?relay["']?[ \t]*(?::|=>|=|,)[ \t]*true/i;
/** True when the text says the transfer is not relayed, outside comments (`# 'do_not_relay': True`, trailing ones too). */
export const notRelayed = (text: string): boolean => NOT_RELAYED.test(text.replace(/(?:^|[ \t])(?:#|\/\/).*$/gm, ''));

/** A monero-wallet-rpc method given as a call's method: `"method": "transfer"` or `call("transfer", …)`, with its destination. */
// The parameters may be a variable built in the lines above (`data = {"destinations": …}` then `request("transfer", data)`).
export const moneroMethod: Validator = {
  name: 'wallet-rpc-method',
  reach: { before: PARAMS_ABOVE, after: 400 },
  test: (value, ctx) => {
    if (!givenAsMethod(ctx)) return false;
    const rest = ctx.text.slice(ctx.end, ctx.end + 400).split('\n').slice(0, 4).join('\n');
    const dest = value.startsWith('sweep') ? /["']?address["']?[ \t]*(?::|=>|=|,|\])/ : /["']?destinations["']?[ \t]*(?::|=>|=|,|\)|\])/;
    if (dest.test(rest)) return !notRelayed(rest);
    const params = /^["'][ \t]*,[ \t]*([A-Za-z_$][\w$]*)[ \t]*[),]/.exec(ctx.text.slice(ctx.end, ctx.end + 80))?.[1];
    if (params === undefined) return false;
    const built = builtAbove(ctx.text, params, ctx.start);
    return built !== undefined && dest.test(built) && !notRelayed(built);
  },
};

/** The transfer list handed as a variable (`"transfers": recipients`). */
const WALLETD_TRANSFERS_VAR = /["']?transfers["']?[ \t]*(?::|=>|=)[ \t]*\$?([A-Za-z_][\w]*)[ \t]*[,}\n]/;
/** A list literal whose first entry names an address: `[{"address": to, "amount": n}]`. */
const LIST_WITH_ADDRESS = /^[^=]{0,60}=[ \t]*\[[ \t\r\n]*\{[^\]]{0,300}?["']?address["']?[ \t]*(?::|=>|=)/;
/** A CryptoNote walletd transfer list naming an address: `'transfers': [{'amount': n, 'address': to}]`. */
const WALLETD_TRANSFERS = /["']?transfers["']?[ \t]*(?::|=>|=)[ \t]*\[[^\]]{0,300}?["']?address["']?[ \t]*(?::|=>|=)/;

/**
 * Keeps walletd's `sendTransaction` given as a call's method (`call_method('sendTransaction', payload)`,
 * `"method": "sendTransaction"`) with its transfer list written in the call or in the lines above: Solana's and
 * other nodes' `sendTransaction` broadcasts a signed blob and names no transfers.
 */
export const walletdSend: Validator = {
  name: 'walletd-send-transfers',
  reach: { before: 1500, after: 600 },
  test: (_v, ctx) => {
    if (!givenAsMethod(ctx)) return false;
    const around = ctx.text.slice(Math.max(0, ctx.start - PARAMS_ABOVE), Math.min(ctx.text.length, ctx.end + 600));
    if (WALLETD_TRANSFERS.test(around)) return true;
    // The list in a variable built above (`recipients = [{"address": a, "amount": n}]`, then `"transfers": recipients`).
    const list = WALLETD_TRANSFERS_VAR.exec(ctx.text.slice(ctx.end, ctx.end + 600))?.[1];
    if (list === undefined) return false;
    const built = builtAbove(ctx.text, list, ctx.start);
    return built !== undefined && LIST_WITH_ADDRESS.test(built.slice(0, 400));
  },
};

/** PascalCoin's `sendto` parameters: the account paying and the account paid (`"sender": …, "target": …`). */
const PASCAL_SENDER = /["']?sender["']?[ \t]*(?::|=>|=)/;
const PASCAL_TARGET = /["']?target["']?[ \t]*(?::|=>|=)/;
/** The method field of a JSON-RPC body (`"method": "sendto"`); a call's first argument (`t("sendto", …)`) is a label. */
const METHOD_FIELD = /["']?method["']?[ \t]*(?::|=>|=)[ \t]*$/;

/** Keeps PascalCoin's `sendto` as a JSON-RPC body's method, with the sending and paid accounts in the lines after it. */
export const pascalSend: Validator = {
  name: 'pascal-sendto-target',
  reach: { before: 120, after: 400 },
  test: (_v, ctx) => {
    if (!METHOD_FIELD.test(ctx.text.slice(Math.max(0, ctx.start - 61), ctx.start - 1))) return false;
    const after = ctx.text.slice(ctx.end, ctx.end + 400);
    return PASCAL_SENDER.test(after) && PASCAL_TARGET.test(after);
  },
};
