// A client's withdrawals resource, reached by the bare verb and read: `client.withdraw().all()`,
// `api.withdrawals().list(page)`. The empty call only picks the resource; what follows it decides, and a read moves
// nothing (`client.withdraw().create(params)` stays a withdrawal).
import type { Example, Validator } from '../defineDetector';

/** A read of a resource: its listing, one record, its history or status. */
const READ = /^(?:all|list\w*|get\w*|find\w*|fetch\w*|history|histories|query\w*|search\w*|status|page\w*|count|each|first|last|show|index)$/;

/** Drops an empty call chained with a read method. */
export const notResourceRead: Validator = {
  name: 'not-a-resource-read',
  reach: { before: 0, after: 120 },
  test: (_v, ctx) => {
    const m = /^[ \t]*\([ \t]*\)[ \t]*(?:\r?\n[ \t]*)?\.[ \t]*([A-Za-z_]\w*)[ \t]*\(/.exec(ctx.text.slice(ctx.end, ctx.end + 120));
    return !m || !READ.test(m[1]);
  },
};

/** Examples, for withdraw/library-call's record. */
export const RESOURCE_READ_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [{ text: `JSONObject r = client.⟦withdraw⟧().create(params);\nclient.withdraw().all();`, path: 'Payout.java' }],
  negative: [{ text: `JSONArray rows = client.withdraw().all();\nJSONObject one = api.withdrawal()\n    .get("42");`, path: 'History.java' }],
};
