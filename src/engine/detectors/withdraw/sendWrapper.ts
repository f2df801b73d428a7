// A script's own send wrapper, called: `send_txn(key, me, dest, amt)` where the same file defines `def send_txn(pvt,
// frm, to_acc, amt)` to sign and broadcast a transfer to `to_acc`. The broadcast inside the wrapper sends to a
// parameter (reported at info by the on-chain rules); the call that fills that parameter names where funds go.
// Within one file only: a wrapper imported from another module needs a workspace index of definitions.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { cachedFunctionBody } from '../../judge/enclosingFunction';
import { rx } from '../fragments';
import { lineStartWithin } from '../../text/linesAbove';

/** Broadcasts of a signed or built transaction (web3.py, ethers/web3.js, go-ethereum, Solana web3.js). */
export const SEND_SINKS = ['send_raw_transaction', 'sendRawTransaction', 'sendTransaction', 'SendTransaction', 'send_transaction', 'sendAndConfirmTransaction'];
const SINK_CALL = new RegExp(String.raw`\b(?:${SEND_SINKS.join('|')})[ \t]*\(`);

/** A parameter that names where funds go: `to_acc`, `to_address`, `toAddr`, `dest`, `recipient`, `receiver`, `payee`. */
const DEST_PARAM = /^(?:to(?:_?[A-Za-z]+)?|[a-z_]*(?:dest|destination|recipient|receiver|payee)[A-Za-z_]*)$/i;

/** A bare call of a name with a send or transfer segment (`send_txn(`, `transferEth(`, `send_btc_transaction(`). */
const SEND_CALL = String.raw`(?<![A-Za-z0-9_$.>:@])(?<name>[a-z][A-Za-z0-9_]{0,30}?(?:_send|_transfer|Send|Transfer)[A-Za-z0-9_]{0,30}|(?:send|transfer)(?:_|[A-Z])[A-Za-z0-9_]{0,30})[ \t]*\(`;

/** True when the text defines a function of that name that takes a destination parameter and broadcasts a transaction. */
export function isLocalSendWrapper(text: string, name: string): boolean {
  const def = cachedFunctionBody(text, name);
  return !!def && def.params.some((p) => DEST_PARAM.test(p)) && SINK_CALL.test(def.body);
}

/** Keeps a call of a wrapper defined in this file that takes a destination parameter and broadcasts a transaction. */
const sendWrapperDefinedHere: Validator = {
  name: 'send-wrapper-defined-here',
  reach: { before: 20000, after: 20000 },
  test: (value, ctx) => {
    const def = cachedFunctionBody(ctx.text, value);
    if (!def || !isLocalSendWrapper(ctx.text, value)) return false;
    // Not the wrapper's own head, and not a call inside its own body (a retry): by place, not by text.
    const head = lineStartWithin(ctx.text, ctx.start);
    return !/\b(?:def|function|func)[ \t]+$/.test(ctx.text.slice(head, ctx.start)) && !(ctx.start >= def.start && ctx.start < def.end);
  },
};

/** The helper-call rule's pattern for such calls; active only in files that broadcast a transaction somewhere. */
export const SEND_WRAPPER_PATTERN: PatternSpec = {
  re: rx(SEND_CALL),
  keywords: ['send', 'transfer'],
  validate: [sendWrapperDefinedHere],
  requires: { fileContains: SEND_SINKS.map((k) => k.toLowerCase()) },
};

/** The helper-call rule's examples for such calls (spread into its record). */
export const SEND_WRAPPER_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `from web3 import Web3\n\ndef send_payout(key, frm, to_addr, amt):\n    tx = {"to": to_addr, "value": w3.to_wei(amt, "ether"), "nonce": n}\n    s = w3.eth.account.sign_transaction(tx, key)\n    return w3.eth.send_raw_transaction(s.rawTransaction)\n\n\nasync def on_tip(ctx, member, amt):\n    h = ⟦send_payout⟧(KEY, ME, wallets[member], amt)`, path: 'tipbot.py' },
    { text: `async def spread_transfer(w3, frm, key, to_address, amount):\n    tx = {"to": to_address, "value": amount}\n    signed = w3.eth.account.sign_transaction(tx, key)\n    return await w3.eth.send_raw_transaction(signed.raw_transaction)\n\nfor dest in targets:\n    h = await ⟦spread_transfer⟧(w3, me, key, dest, AMOUNT)`, path: 'spread.py' },
    { text: `async function sendCoins(recipient, lamports) {\n  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: me.publicKey, toPubkey: recipient, lamports }));\n  return sendAndConfirmTransaction(conn, tx, [me]);\n}\nawait ⟦sendCoins⟧(new PublicKey(addr), 5000);`, path: 'pay.js' },
    // A top-level call right after the wrapper's body; a call whose line reads like the wrapper's own retry.
    { text: `def send_payout(key, to_addr, amt):\n    s = w3.eth.account.sign_transaction({"to": to_addr, "value": amt}, key)\n    return w3.eth.send_raw_transaction(s.rawTransaction)\n\n⟦send_payout⟧(KEY, vault, 5)`, path: 'once.py' },
    { text: `def send_payout(key, to_addr, amt):\n    s = w3.eth.account.sign_transaction({"to": to_addr, "value": amt}, key)\n    try:\n        return w3.eth.send_raw_transaction(s.rawTransaction)\n    except ValueError:\n        return send_payout(key, to_addr, amt)\n\ndef pay(user):\n    return ⟦send_payout⟧(KEY, user.wallet, 1)`, path: 'pay.py' },
  ],
  negative: [
    // The wrapper's own head, a retry inside its body, a method of another object, a wrapper without a destination.
    { text: `def pay_send(key, to_addr, amt):\n    s = w3.eth.account.sign_transaction({"to": to_addr, "value": amt}, key)\n    try:\n        return w3.eth.send_raw_transaction(s.rawTransaction)\n    except ValueError:\n        return pay_send(key, to_addr, amt)\n\nbot.pay_send(KEY, addr, 1)`, path: 'pay.py' },
    { text: `def sweep_send(key):\n    s = w3.eth.account.sign_transaction({"to": VAULT, "value": bal(key)}, key)\n    return w3.eth.send_raw_transaction(s.rawTransaction)\n\nsweep_send(KEY)`, path: 'sweep.py' },
    // A look-alike name whose body only reads, in a file that broadcasts elsewhere.
    { text: `def check_transfer(to_addr):\n    return w3.eth.get_balance(to_addr)\n\nok = check_transfer(addr)\nh = w3.eth.send_raw_transaction(raw)`, path: 'check.py' },
    { text: `def send_message(chat_to, text):\n    return bot.send(chat_to, text)\n\nsend_message(chat, "done")\nh = w3.eth.send_raw_transaction(raw)`, path: 'notify.py' },
  ],
};
