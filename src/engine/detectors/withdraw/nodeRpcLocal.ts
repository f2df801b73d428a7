// A call of a function, defined in the same file, that pays out through a coin node (nodeRpc.ts): a tip bot's
// withdraw command calls its `sendMoney(address, amount)` / `sendAmount(from, to, n)` helper a few lines below the
// `sendtoaddress`. The workspace index (crossfile/fundMovers.ts) follows calls across files only; this follows them
// within the file, for these node sends alone, and only when the call hands over a destination.
import type { PatternSpec, Validator } from '../../defineDetector';
import { inComment, inString } from '../../judge/codeContext';
import { isDefinitionSite } from '../../judge/definitionSite';
import { enclosingSpan, functionSpans, type FunctionSpan } from '../../judge/functionSpans';
import { DEST_NAME, NOT_DEST_NAME } from '../../judge/sendShape';
import { TextMemo } from '../../judge/textMemo';
import type { FileKind } from '../../types';
import { rx } from '../fragments';
import { BITCOIND_CALL_NAMES } from './nodeRpcTable';

/** A node send in a function's body: a client method or the method's string (the forms nodeRpc.ts reports). */
const NODE_SEND = new RegExp(String.raw`(?:\.|->)[ \t]*(?:${BITCOIND_CALL_NAMES.join('|')})(?:Async)?[ \t]*\(|["'](?:sendtoaddress|sendmany|sendfrom)["']|\.(?:SendMoney|TransferAsset|TransferCurrency)[ \t]*\(|["']method["'][ \t]*(?::|=>)[ \t]*["']sendTransaction["']`);

/** Files that hold a node send at all (the pattern's prefilter). */
// A CryptoNote walletd's `"method": "sendTransaction"` only quoted: web3 code calls `sendTransaction(` everywhere.
export const NODE_SEND_FILES = ['sendtoaddress', 'sendmany', 'sendfrom', 'sendmoney', 'transferasset', 'transfercurrency', '"sendtransaction"', "'sendtransaction'"];

/** Per text and kind, its functions and node-send movers (released when the scan ends: no file text stays behind). */
const LOCAL_MOVERS = new TextMemo<{ spans: FunctionSpan[]; movers: Set<string> }>();

/** The file's functions and the names of those whose body holds a node send (one pass per text). */
function localMovers(text: string, kind: FileKind): { spans: FunctionSpan[]; movers: Set<string> } {
  return LOCAL_MOVERS.get(text, kind, () => {
    const spans = functionSpans(text, kind);
    const movers = new Set(spans.filter((s) => NODE_SEND.test(text.slice(s.start, s.end))).map((s) => s.name));
    return { spans, movers };
  });
}

/** A quoted base58 literal of a coin address's length (Bitcoin's 26 to a CryptoNote's 99 characters) as an argument. */
// Any argument; the text handed over ends before the call's `)`.
const COIN_ADDRESS_ARG = /(?:^\(|,)[ \t]*["'][1-9A-HJ-NP-Za-km-z]{26,110}["'][ \t]*(?:[,)]|$)/;

/** Names of a withdraw, payout or faucet handler (`WithdrawCommand.java`, `def cash_out(`). */
const PAYOUT_HANDLER = /withdraw|payout|cash_?out|faucet|claim|sweep/i;

/** Keeps a call of a same-file node-send function from another function, handing over a destination (or made by a withdraw or payout handler). */
const callsLocalSender: Validator = {
  name: 'calls-local-node-sender',
  test: (value, ctx) => {
    const { spans, movers } = localMovers(ctx.text, ctx.kind);
    if (!movers.has(value) || isDefinitionSite(ctx.text, ctx.start, ctx.end)) return false;
    if (inComment(ctx.text, ctx.start, ctx.kind) || inString(ctx.text, ctx.start)) return false;
    const outer = enclosingSpan(spans, ctx.start);
    if (!outer || outer.name === value) return false;
    // A withdraw or payout handler (its function's or its file's name) pays whatever it hands over.
    if (PAYOUT_HANDLER.test(outer.name) || PAYOUT_HANDLER.test(ctx.path.slice(ctx.path.lastIndexOf('/') + 1))) return true;
    const args = ctx.text.slice(ctx.end, ctx.end + 300).split(/\)[ \t]*(?:;|\r?\n|$)/)[0];
    // A coin address written in the call (a base58 literal of address length) is a destination too.
    if (COIN_ADDRESS_ARG.test(args)) return true;
    return (args.match(/[A-Za-z_$][\w$]*/g) ?? []).some((id) => DEST_NAME.test(id) && !NOT_DEST_NAME.test(id));
  },
};

/** The pattern (spread into withdraw/node-rpc-send): any bare or `this.`/`self.` call, in files with a node send. */
export const LOCAL_SENDER_PATTERN: PatternSpec = {
  re: rx(String.raw`(?:(?<=(?<![A-Za-z0-9_$])(?:this|self)\.)|(?<![A-Za-z0-9_$.]))(?<name>[A-Za-z_$][A-Za-z0-9_$]{2,40})[ \t]*\(`),
  keywords: [],
  validate: [callsLocalSender],
  requires: { fileContains: NODE_SEND_FILES },
};
