// A withdrawal request built by a named builder, then sent by a generic executor a few lines on (`var request =
// BuildWithdrawCurrency(coin, amount, address);` then `client.ExecuteRequest<R>(request)`): the request leaves at the
// executor's line, so that line is the withdrawal; the builder's call only assembles it.
import type { PatternSpec, Validator } from '../../defineDetector';
import { lastAssignment, linesAbove, linesAboveStart } from '../../text/linesAbove';
import { rx } from '../fragments';
import { isWithdrawActionName } from './table';

/** How many lines a built request may travel from its builder to its executor. */
const LINES = 14;

/** A builder's name: `BuildWithdrawCurrency`, `build_withdraw_request`, `makeWithdrawal`, `PrepareWithdraw`; the rest captured. */
const BUILDER_NAME = /^(?:[Bb]uild|[Mm]ake|[Pp]repare)_?([A-Za-z_]{1,60})$/;
/** The right-hand side of a builder's call: `BuildWithdrawCurrency(…)`, `this.build_withdraw(…)`, `new RequestBuilder().…` not. */
const BUILDER_CALL = /^[ \t]*(?:await[ \t]+)?(?:[A-Za-z_$][\w$]*\.){0,3}([A-Za-z_$][\w$]{0,80})[ \t]*(?:<[^<>()\n]{0,60}>)?\(/;
/** A generic executor handed a variable first: `ExecuteRequest<R>(request)`, `send_request(req)`, `SubmitAsync(r,`. */
// A bare `send(` is a response's or a socket's (`res.send(url)`): a sender needs more to its name (`sendRequest`).
const EXECUTOR = String.raw`(?<![A-Za-z0-9_$])(?:(?:[Ee]xecute|[Pp]erform|[Ss]ubmit|[Dd]ispatch)[A-Za-z_]{0,30}|[Ss]end[A-Z_][A-Za-z_]{0,29})(?:<[^<>()\n]{0,60}>)?[ \t]*\([ \t]*(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})[ \t]*[,)]`;
const EXECUTOR_ALL = new RegExp(EXECUTOR, 'gd');
const EXECUTOR_WORDS = ['Execute', 'execute', 'Send', 'send', 'Perform', 'perform', 'Submit', 'submit', 'Dispatch', 'dispatch'];

/** True when the name is a builder's whose request is a withdrawal (`BuildWithdrawCurrency`; not `BuildWithdrawHistory`). */
function buildsWithdrawal(name: string): boolean {
  // The request it builds is named after it (`BuildWithdrawRequest` builds a withdraw request).
  const rest = BUILDER_NAME.exec(name)?.[1]?.replace(/_?Request$/, '');
  return rest !== undefined && rest !== '' && isWithdrawActionName(rest);
}

/** Keeps an executor handed a variable that a withdrawal builder's call was assigned to in the lines above. */
export const sendsBuiltWithdrawal: Validator = {
  name: 'sends-built-withdrawal',
  reach: { before: LINES * 300, after: 0 },
  test: (name, ctx) => {
    const back = linesAbove(ctx.text, ctx.start, LINES, LINES * 300);
    const built = lastAssignment(back, name);
    const builder = built && BUILDER_CALL.exec(back.slice(built.rhs))?.[1];
    return builder !== undefined && buildsWithdrawal(builder);
  },
};

/** posted-path's pattern for the executor's line; `judge` keeps the request it is handed (built, or holding a path). */
export const executedRequest = (judge: Validator): PatternSpec => ({ re: rx(EXECUTOR), linesAfter: LINES, needs: EXECUTOR_WORDS, validate: [judge] });

/** A request object given a read verb where it is made or before it is sent (`new RestRequest(path, Method.Get)`, `request.Method = Method.Get`). */
export const READ_REQUEST = /Method\.Get\b|Method\.GET\b|["']GET["']/;

/** The variable a call's result is assigned to, from the text before the call's name on its line. */
const ASSIGNED_CALL = /(?<![\w$.])([A-Za-z_$][\w$]{0,40})[ \t]*(?::[^=\n]{0,40})?:?=[ \t]*(?:await[ \t]+)?(?:[A-Za-z_$][\w$]*\.){0,3}$/;

/** Drops a withdrawal builder's call whose request an executor sends in the lines below: that line reports it. */
export const notSentBelow: Validator = {
  name: 'not-sent-below',
  reach: { before: 300, after: LINES * 300 },
  test: (value, ctx) => {
    if (!buildsWithdrawal(value)) return true;
    const name = ASSIGNED_CALL.exec(ctx.text.slice(linesAboveStart(ctx.text, ctx.start, 1, 300), ctx.start))?.[1];
    if (name === undefined) return true;
    // An executor below that the executor pattern would report for this request (the same judge, at its own place).
    const lineEnd = ctx.text.slice(ctx.end, ctx.end + 300).indexOf('\n');
    if (lineEnd === -1) return true;
    const from = ctx.end + lineEnd + 1;
    const below = ctx.text.slice(from, from + (LINES - 1) * 300);
    for (const m of below.matchAll(EXECUTOR_ALL)) {
      const span = m.indices?.groups?.name;
      if (m.groups?.name === name && span && sendsBuiltWithdrawal.test(name, { ...ctx, start: from + span[0], end: from + span[1] })) return false;
    }
    return true;
  },
};
