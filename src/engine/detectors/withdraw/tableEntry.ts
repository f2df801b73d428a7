// An endpoint table's entry read through its constant (`API_PATHS.transfer.bankWithdrawal`): the value is looked up
// inside the table the chain names (`API_PATHS = {`, then its `transfer: {`), not anywhere above, so a same-named
// entry of another table (`PATHS.orders.create` beside `withdrawals: { create: … }`) is not taken.
import { closingBracket } from '../../judge/callArguments';

/** How far above the read the table may start. */
const MAX_BACK = 12000;

const esc = (s: string): string => s.replace(/[$]/g, '\\$');

/**
 * The value written for `name` in the table `chain` (`API_PATHS.transfer`) names, before `at`: the table's last
 * assignment in the 12,000 characters above, then each member's nested object, then the entry (`name: '…'`).
 */
export function tableEntry(text: string, chain: string, name: string, at: number): string | undefined {
  const [root, ...members] = chain.split('.');
  const from = Math.max(0, at - MAX_BACK);
  const region = text.slice(from, at);
  let open = -1;
  for (const m of region.matchAll(new RegExp(String.raw`(?<![\w$.])${esc(root)}[ \t]*(?::[^=\n]{0,60})?=[ \t]*(?:Object\.freeze\(|\{)`, 'g'))) open = m.index + m[0].length - 1;
  if (open === -1) return undefined;
  let start = region.indexOf('{', open);
  let end = closingBracket(region, start, region.length - start);
  for (const member of members) {
    if (start === -1 || end === -1) return undefined;
    const inner = new RegExp(String.raw`(?<![\w$])["']?${esc(member)}["']?[ \t]*:[ \t]*\{`).exec(region.slice(start + 1, end));
    if (!inner) return undefined;
    start = start + 1 + inner.index + inner[0].length - 1;
    end = closingBracket(region, start, end + 1 - start);
  }
  if (start === -1 || end === -1) return undefined;
  return new RegExp(String.raw`(?<![\w$])["']?${esc(name)}["']?[ \t]*:[ \t]*(["'\`][^\n]{1,300})`).exec(region.slice(start + 1, end))?.[1];
}
