// Withdrawal-named calls that make none: a state recorded in the caller's own books (`begin_withdrawal`), a type
// named for withdrawals being built (`KrakenWithdrawClient(key)`); and which raw broadcasts carry a withdrawal. Each is judged with its call site when known: a
// receiver that is an exchange client, or a coin or an address among the arguments, makes it a withdrawal again.
import type { Example, MatchContext, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { CLIENT_RECEIVER, CRYPTO_ARGS, isLookAlikeWord } from './callWords';
import { nameSegments } from './table';

/** First segments that record a withdrawal in the caller's own books rather than make one (a refund pays out). */
const BOOK_VERBS = new Set(['begin', 'mark', 'record', 'log']);
/** First segments that add a record to the books (a worker reads and sends it later). */
const QUEUE_VERBS = new Set(['create', 'add', 'queue', 'enqueue', 'insert']);
/** Last segments of a class name: a client, a screen or a manager object is constructed, nothing is withdrawn. */
const TYPE_NOUNS = new Set(['client', 'menu', 'manager', 'controller', 'view', 'viewmodel', 'activity', 'fragment', 'component']);
/** A receiver that is the caller's own books: `ledger.`, `self._accounting.`, `this.journal->`, its database (`db.`, `dao.`). */
const BOOKS_RECEIVER = /(?<![A-Za-z0-9_$])_?(?:ledger|accounting|accountant|bookkeep(?:er|ing)|books|journal|db|database|dao)[ \t]*(?:\??\.|->|::)[ \t]*$/i;
/** A member access just before the name (`x.`, `x?.`, `->`, `::`, also with the name opening the next line). */
const ACCESS_BEFORE = /(?:\??\.|->|::)[ \t]*(?:\r?\n[ \t]*)?$/;

/** An exchange client's member access just before the name. */
const CLIENT_BEFORE = new RegExp(String.raw`${CLIENT_RECEIVER}[ \t]*(?:\r?\n[ \t]*)?$`);
/** A call's opening bracket followed by a coin or an address among its arguments. */
const CRYPTO_ARGS_AFTER = new RegExp(String.raw`^[ \t]*\(${CRYPTO_ARGS}`);

/** True when the call whose name ends at `end` names a coin or an address among its arguments. */
function hasCryptoArgs(text: string, end: number): boolean {
  return CRYPTO_ARGS_AFTER.test(text.slice(end, end + 800));
}

/**
 * True when the name records a withdrawal in the caller's books or builds a type named for withdrawals. With its call
 * site (`site`, the name's match): a book verb only on a receiver that is no exchange client and without a coin or
 * an address argument (`exchange.begin_withdrawal(user.address, n)` withdraws); a type only when called bare or after
 * `new`, never as a method (`api.WithdrawalManager(asset, address, n)`) and never after `to` (`WithdrawToClient`).
 */
export function booksOrType(name: string, segs: readonly string[], site?: MatchContext): boolean {
  const before = site && site.text.slice(Math.max(0, site.start - 120), site.start);
  const receiver = before !== undefined && ACCESS_BEFORE.test(before);
  // A constructor from a package of types (`responses.NewWithdrawCoinsToAddress()`, `models.NewWithdrawal(…)`): a value.
  if (segs[0] === 'new' && before !== undefined && TYPES_PACKAGE.test(before)) return true;
  if (BOOK_VERBS.has(segs[0])) {
    if (!site) return true;
    if (receiver && !CLIENT_BEFORE.test(before!) && !hasCryptoArgs(site.text, site.end)) return true;
  }
  const last = segs.length - 1;
  return /^[A-Z]/.test(name) && TYPE_NOUNS.has(segs[last]) && !segs.slice(0, last).includes('to') && !receiver;
}

/** A package or module of data types right before the call (`responses.`, `models.`, `dto.`). */
const TYPES_PACKAGE = /(?<![\w$.])(?:responses?|models?|types|dtos?|entities|schemas?)[ \t]*\.[ \t]*$/;

/**
 * Drops a withdrawal call on the caller's books (`self._accounting.rollback_withdrawal(id)`, or `self.confirm_withdrawal(txid)`
 * inside the bot's database module): bookkeeping around the send, which is reported where it is made; a coin or an
 * address among its arguments makes it a send again.
 */
export const notBookkeeping: Validator = {
  name: 'withdraw-not-bookkeeping',
  reach: { before: 40, after: 800 },
  test: (name, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    const books = BOOKS_RECEIVER.test(before) || (DATABASE_FILE.test(ctx.path) && OWN_RECEIVER.test(before));
    // A record created or queued on the books (`ledger.createWithdrawal(user, address, n)`) holds its address for the worker that sends it.
    if (books && BOOKS_RECEIVER.test(before) && QUEUE_VERBS.has(nameSegments(name)[0])) return false;
    return !books || hasCryptoArgs(ctx.text, ctx.end);
  },
};

/** A file that is the bot's database layer by its name (`utils/mysql_module.py`, `db.js`, `withdrawal_repository.ts`, `dao/`). */
const DATABASE_FILE = /(?:^|\/)(?:dao\/|[^/]*(?:mysql|sqlite|postgres|mongo|(?<![A-Za-z])db(?![a-z])|database|repository|_dao\b)[^/]*$)/i;
/** The file's own object as the receiver (`self.`, `this.`, `$this->`): in a database layer, its own records. */
const OWN_RECEIVER = /(?<![A-Za-z0-9_$])\$?(?:self|this)[ \t]*(?:\.|->)[ \t]*$/;

/**
 * Keeps a raw transaction's broadcast whose arguments name a withdrawal (`node.sendRawTransaction(w.signed_withdrawal)`):
 * only the call's own arguments count (not a comment after it), and not a DeFi look-alike (`signed_pool_withdraw`).
 */
export const broadcastsWithdrawal: Validator = {
  name: 'withdraw-broadcast-argument',
  reach: { before: 0, after: 800 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1) return false;
    const names = callArguments(ctx.text, open).join(' ').match(/[A-Za-z_$][\w$]{0,80}/g) ?? [];
    const named = names.filter((n) => /withdraw/i.test(n));
    return named.length > 0 && named.every((n) => !nameSegments(n).some(isLookAlikeWord));
  },
};

/** withdraw/library-call's examples of bookkeeping (spread into its record). */
export const BOOKKEEPING_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    // A database module's own method that is handed a coin and an address sends, whatever the file is called.
    { text: `import ccxt\nclass Store:\n    def pay(self, addr, n):\n        self.⟦exchange_withdraw⟧(coin="BTC", address=addr, amount=n)`, path: 'utils/mysql_module.py' },
  ],
  negative: [
    // A withdrawal's state in the bot's own books around the send (begun, marked, refunded, rolled back).
    { text: `import ccxt\nrid = await self._books.begin_withdrawal(user, amt)\nself.store.markWithdrawalSent(rid, txid)\nawait ledger.rollback_withdrawal(rid)`, path: 'payout.py' },
    // The bot's database records the withdrawal the node already sent (its txid, no address).
    { text: `import ccxt\nif db.create_withdraw_transaction(txid, amount, user):\n    log.info("recorded")`, path: 'wallet.py' },
    // A withdrawal queued on the bot's ledger with its address: the worker that reads the queue sends it.
    { text: `const id = await ctx.ledger.createWithdrawal(user.id, address, amount, fee);`, path: 'src/commands.js' },
    // The database module's own methods: it confirms the withdrawal the node already sent.
    { text: `class Mysql:\n    def sync(self, txid, confirmations):\n        if confirmations >= 6:\n            self.confirm_withdrawal(txid)`, path: 'utils/mysql_module.py' },
  ],
};
