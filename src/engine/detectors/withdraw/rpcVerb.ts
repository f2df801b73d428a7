// A slashless method string that is also a query (`'withdrawals'`: POST creates, GET lists, DELETE cancels) handed to
// a client's generic request helper (`self.main.api_request('withdrawals', params=p)`): the helper's own arguments say
// the verb (`http_call='post'`, `method="DELETE"`, `'POST'`); without a write verb there it is the list.
import type { Example, Validator } from '../../defineDetector';
import { matchActionPath } from './table';

/** A write verb among a call's arguments: a verb keyword argument or a quoted verb. */
const WRITE_ARG = /\b(?:[a-z_]*method|http_call|verb|type)[ \t]*[=:][ \t]*["'](?:post|delete|put)["']|,[ \t]*["'](?:POST|DELETE|PUT|post|delete|put)["']/i;

/** The call's own arguments after the method string: up to its closing parenthesis (nested calls skipped), 400 characters at most. */
function argsAfter(text: string, end: number): string {
  let depth = 0;
  const stop = Math.min(text.length, end + 400);
  for (let i = end; i < stop; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) return text.slice(end, i);
  }
  return text.slice(end, stop);
}

/** True when the call's own arguments after `end` pass a write verb (`http_call='post'`, `, "DELETE"`). */
export function writeVerbArgument(text: string, end: number): boolean {
  return WRITE_ARG.test(argsAfter(text, end));
}

/** Keeps a method string that is no query, or one whose own call passes a write verb. */
export const rpcVerbDecides: Validator = {
  name: 'rpc-verb-decides',
  reach: { before: 0, after: 400 },
  // Only a plural resource (`withdrawals`): a singular verb (`Withdraw`, `withdraw`) names the action itself.
  test: (value, ctx) => !/s$/i.test(value) || matchActionPath(value)?.ambiguous !== true || WRITE_ARG.test(argsAfter(ctx.text, ctx.end)),
};

/** The library-call rule's examples for RPC method strings: a verb argument, and the string on the call's next line. */
export const RPC_VERB_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `class Pulls:\n    def create(self, body):\n        return self.main.api_request('⟦withdrawals⟧', data=body, http_call='post')`, path: 'pulls.py' },
    { text: `class Pulls:\n    def drop(self, wid):\n        return self.main.api_request('⟦withdrawals⟧', params={'id': wid}, http_call='delete')`, path: 'pulls.py' },
    { text: `// kraken\nresp, e := k.api().Query(\n\t"⟦Withdraw⟧",\n\tmap[string]string{"asset": a, "key": key, "amount": amt},\n)`, path: 'kr.go' },
  ],
  negative: [
    { text: `class Pulls:\n    def rows(self):\n        return self.main.api_request('withdrawals')\n    def one(self, wid):\n        return self.main.api_request('withdrawals', params={'id': wid})`, path: 'pulls.py' },
    { text: `// kraken\nresp, e := k.api().Query(\n\t"WithdrawInfo",\n\tmap[string]string{"asset": a, "key": key},\n)`, path: 'kr.go' },
  ],
};
