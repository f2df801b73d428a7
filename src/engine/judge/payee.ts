// Whether an on-chain send pays a payee: funds leaving for an address that is neither the wallet's own nor a
// contract it calls. Three labelled corpora agree that a transfer to someone else's address is a withdrawal worth a
// warning (a tip bot's recipient, a send helper's `to`); a transfer home, into a contract, or as the plumbing of
// the user's own funds (approve, wrap, swap, deposit) is not, nor is a send in a function named for testing.

/** A destination that is the wallet's own, or a contract it calls (a token, a router, WETH, a vault): no payee. */
const NOT_A_PAYEE = /\b(?:from|self_?address|own|my_?address|account\.address|wallet\.address|signer|sender|owner)\b|contract|token|router|pool|weth|spender|vault|bridge|master|hot_?wallet|main_?wallet|cold/i;
/** A wallet the code creates itself (`Wallet.createRandom()`, `Keypair.generate()`): its address is the bot's own. */
const NEW_WALLET = /(?:Wallet|Keypair|Account|accounts|ethjsWallet)[.](?:createRandom|generate|create)[ \t]*\(|[.]createRandom[ \t]*\(/;
/** Functions whose sends are plumbing around the user's own funds: approvals, wraps, swaps, deposits, stakes, gas top-ups. */
const OWN_FUNDS_HEAD = /approve|wrap|swap|deposit|stake|mint|claim|(?<!re)fund|gas|bridge|liquidity/i;
/** A function named for a test or a test network (`sendTestEth`, `def test_send`): test coins, no payee. */
const TEST_HEAD = /(?:^|[^A-Za-z])test|Test/;
/** A file named for such plumbing (`routes/wrap.ts`, `swap_utils.py`): its handlers' heads are routes, its name says it. */
const OWN_FUNDS_FILE = /(?:^|\/)[^/]*(?:approve|wrap|swap|deposit|stake|bridge|liquidity)[^/]*$/i;

/** A class method's head (`async sendTestEth({ to }) {`), which the function heads of onchainRisk.ts do not list. */
const METHOD_HEAD = /^[ \t]*(?:(?:public|private|protected|static|async)[ \t]+)*(?!(?:if|for|while|switch|catch|return|function)\b)[A-Za-z_$][A-Za-z0-9_$]*[ \t]*\([^\n]*\)[ \t]*(?::[^\n{]{1,60})?\{[ \t]*$/gm;

/**
 * True when one of the send's destinations is a payee. `head` is the head of the function that builds the send and
 * `local` its text up to the send, `path` the file's; `fedBy(dest, re)` says whether the destination or a name it
 * is assigned from matches `re`.
 */
export function paysPayee(destinations: string[], head: string | undefined, local: string, path: string, fedBy: (dest: string, re: RegExp) => boolean): boolean {
  if (OWN_FUNDS_FILE.test(path)) return false;
  const method = [...local.matchAll(METHOD_HEAD)].pop()?.[0];
  // The names, not the parameters (`def pay(to, n, gas_price)`, `testnet=False`); a route's path stays.
  const names = [head, method].map((h) => h?.replace(/\([^()'"`]*\)/g, '()'));
  if (names.some((h) => h !== undefined && (OWN_FUNDS_HEAD.test(h) || TEST_HEAD.test(h)))) return false;
  return destinations.some((d) => !NOT_A_PAYEE.test(d) && !fedBy(d, NEW_WALLET));
}
