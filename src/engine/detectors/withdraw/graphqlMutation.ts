// Exchanges with a GraphQL API (Orionx, and apps' own backends) withdraw by a mutation written as a string:
// `mutation { sendCrypto(fromWalletId: "…", toAddressCode: "…", amount: 1) { _id } }`. The mutation's field is the
// request's action, so a field named for a withdrawal, or a send handed a destination address, is one.
import { defineDetector, type Validator } from '../../defineDetector';
import { code, CODE, WHY, WITHDRAW_ADVICE } from './shared';
import { rx } from '../fragments';
import { isWithdrawActionName, nameSegments } from './table';

/** A field called in the selection set (`sendCrypto(`): its arguments are read by the validator. */
const FIELD = String.raw`(?<![A-Za-z0-9_$.])(?<name>[a-z][A-Za-z0-9_]{2,60})[ \t]*\(`;
/** A mutation opened in a string or a GraphQL document: `"""mutation {`, `gql\`mutation Pull($a: …) {`. */
const MUTATION_OPEN = /(?:^|["'`]|gql|graphql)[ \t]*(?<![A-Za-z0-9_])mutation\b[^{}]{0,200}\{/gm;

/** True when a mutation opened in the 400 characters before `at` is still open there. */
function inMutation(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 400), at);
  let open = -1;
  for (const m of back.matchAll(MUTATION_OPEN)) open = m.index + m[0].length;
  if (open === -1) return false;
  // Open while its braces are: once they close, a later `{` is code, not the mutation.
  let depth = 1;
  for (let i = open; i < back.length; i++) {
    if (back[i] === '{') depth++;
    else if (back[i] === '}' && --depth === 0) return false;
  }
  return true;
}
/** A destination argument: `toAddressCode:`, `address:`, `destination:`, `recipient:`, or any argument given an address (`clientId: "{address}"`). */
const DEST = /(?<![A-Za-z0-9_])(?:to_?[Aa]ddress\w*|address|destination\w*|recipient\w*)[ \t]*:|:[ \t]*["']?\$?\{?[ \t]*(?:to_?)?(?:address|addr|destination|recipient)\w*[ \t]*\}?["']?[ \t]*[,)]/;
/** An amount argument: `amount:`, `value:`, `quantity:`. */
const AMOUNT = /(?<![A-Za-z0-9_])(?:amount|value|quantity|qty|sum)\w*[ \t]*:/i;
/** First words of a send (`sendCrypto`, `transferFunds`, `payout`). */
const SEND_WORDS = new Set(['send', 'transfer', 'payout', 'pay']);

/** Keeps a field of a mutation that withdraws, or sends to a destination address it is handed. */
const mutationMovesFunds: Validator = {
  name: 'mutation-moves-funds',
  reach: { before: 400, after: 600 },
  test: (name, ctx) => {
    if (!inMutation(ctx.text, ctx.start)) return false;
    if (isWithdrawActionName(name)) return true;
    const args = /^[^(]*\(([^()]{0,400})\)/.exec(ctx.text.slice(ctx.start, ctx.start + 500))?.[1] ?? '';
    // A send needs an amount too: `sendInvite(recipient: $email)` and `transferOwnership(recipient: $to)` move no funds.
    return SEND_WORDS.has(nameSegments(name)[0]) && DEST.test(args) && AMOUNT.test(args);
  },
};

export const withdrawGraphqlMutation = defineDetector({
  id: 'withdraw/graphql-mutation',
  title: 'withdrawal by a GraphQL mutation',
  severity: 'warning',
  role: 'endpoint',
  message: 'GraphQL mutation {name}(…) moves funds to an address.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['mutation'],
  files: [...CODE, 'text'],
  patterns: [{ re: rx(FIELD), linesAfter: 6, validate: [mutationMovesFunds] }],
  examples: {
    positive: [
      code(`query_str = f"""mutation {{\n    ⟦sendCrypto⟧(fromWalletId: "{wallet}", toAddressCode: "{address}", amount: {amount}) {{\n        _id\n    }}\n}}"""\nrequests.post(API, json={"query": query_str})`),
      // On the mutation's line, a destination handed to an argument of another name.
      code(`query_str = f\"\"\"mutation {{⟦sendCrypto⟧(clientId:"{address}", amount:{amount}, fromWalletId:"{wallet_id}") {{ _id }} }}\"\"\"`),
      code(`const PULL = gql\`mutation Pull($coin: String!, $amount: Float!, $to: String!) {\n  ⟦createWithdrawal⟧(coin: $coin, amount: $amount, address: $to) { id status }\n}\`;`),
    ],
    negative: [
      // A query of the same fields, a send with no destination (a message), and the function of that name.
      code(`query_str = """query {\n    withdrawals(walletId: "w1") { _id amount }\n}"""`),
      code(`const NOTE = gql\`mutation Note($text: String!) {\n  sendMessage(chatId: 1, text: $text) { id }\n}\`;`),
      code(`def sendCrypto(wallet, address, amount):\n    return run(wallet, address, amount)`),
      // A closed mutation, then code: a later call is no field of it; sends that move no funds.
      code(`const PING = gql\`mutation Ping { ping }\`;\nfunction pay(to, amount) {\n  return transfer({ address: to, amount });\n}`),
      code(`const INVITE = gql\`mutation Invite($email: String!) {\n  sendInvite(recipient: $email) { id }\n}\`;`),
      code(`const OWN = gql\`mutation Own($to: String!) {\n  transferOwnership(recipient: $to) { id }\n}\`;`),
    ],
  },
});
