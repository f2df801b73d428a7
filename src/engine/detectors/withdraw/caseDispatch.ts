// A router's branch handing an action to its handler: `case 'FinalizeWithdraw': return await actions.__finalizeWithdraw(
// params);`. The case label and the callee name the same action; the handler's body, where the funds move, is the
// site reported (its send or its call of another file's sender), not every place that routes to it.
import type { Example, Validator } from '../../defineDetector';
import { lineStartWithin } from '../../text/linesAbove';

/** A name or label reduced to its letters and digits, lowercase (`__finalizeWithdraw`, `FINALIZE_WITHDRAW` → `finalizewithdraw`). */
const bare = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** Drops a call whose branch's case label (within the three lines above) names the callee's own action. */
export const notCaseDispatch: Validator = {
  name: 'not-a-case-dispatch',
  reach: { before: 400, after: 0 },
  test: (value, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const above = ctx.text.slice(Math.max(0, lineStart - 400), ctx.start).split('\n').slice(-4).join('\n');
    const label = [...above.matchAll(/\bcase[ \t]+["'`]?([\w.]{3,60})["'`]?[ \t]*:/g)].pop()?.[1];
    if (!label) return true;
    // One name inside the other (`ActionSubmitWithdrawal` routes to `SubmitWithdrawal`).
    const [a, b] = [bare(label.split('.').pop()!), bare(value)];
    return a.length < 8 || b.length < 8 || !(a.includes(b) || b.includes(a));
  },
};

/** Examples, for withdraw/library-call's record. */
export const CASE_DISPATCH_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [],
  negative: [
    { text: `switch (action) {\n  case 'ApproveWithdraw': {\n    return await handlers.__approveWithdraw(params);\n  }\n}`, path: 'src/logic/router.js' },
    { text: `switch kind {\ncase ActionSubmitWithdrawal:\n\treturn h.SubmitWithdrawal(ctx, req)\n}`, path: 'router.go' },
  ],
};
