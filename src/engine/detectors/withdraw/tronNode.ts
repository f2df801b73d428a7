// A Tron full node's HTTP wallet API asked to move funds (part of nodeRpc.ts's record): `/wallet/createtransaction`
// builds a TRX transfer to `to_address`, `/wallet/transferasset` a TRC10 one, `/wallet/triggersmartcontract` with the
// `transfer(address,uint256)` selector a TRC20 one (USDT payouts), and `/wallet/easytransfer…` (also `easytransferassetbyprivate`) signs and sends at once.
// The same paths read balances or call other contracts too, so each needs its transfer beside it.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { aheadInFunction } from './sentAction';
import { matchesAbove } from '../../text/linesAbove';

/** The contract-call path: a TRC20 transfer only with the transfer selector in its body. */
const TRIGGER_PATH = /^triggersmartcontract/i;
/** The transaction signed or broadcast after it: a builder that only returns it (an SDK's own) sends nothing. */
const SENT_AFTER = /broadcast|sendRawTransaction|send_raw_transaction|signTransaction|sign_transaction|\.sign\(/i;
/** A TRC20 transfer's selector. */
const TRANSFER_SELECTOR = /["']transfer(?:From)?\(address,(?:address,)?uint256\)["']/;
/** The destination field of a TRX or TRC10 transfer. */
const TO_FIELD = /["']?to_address["']?[ \t]*(?:=>|:|=)/;

/** Keeps a path whose request body, in the next lines, builds a transfer (a selector, or a destination) that is then signed or sent. */
const buildsTransfer: Validator = {
  name: 'tron-node-transfer-body',
  reach: { before: 0, after: 40 * 200 },
  test: (value, ctx) => {
    if (/easytransfer/i.test(value)) return true;
    const after = ctx.text.slice(ctx.end, ctx.end + 600);
    // Signed or sent in the same function: a builder helper followed by the file's broadcast helper sends nothing itself.
    return (TRIGGER_PATH.test(value) ? TRANSFER_SELECTOR.test(after) : TO_FIELD.test(after)) && SENT_AFTER.test(aheadInFunction(ctx.text, ctx.end, 40));
  },
};

/** A transfer's build path, quoted (with or without a host before it). */
const BUILD_PATH = /\/wallet\/(createtransaction|transferasset|triggersmartcontract)(?=["'`?])/g;

/**
 * Keeps a broadcast whose transfer was built above it in the same function (`/wallet/createtransaction` with a
 * `to_address` in the body written above or after the post, then signed, then `/wallet/broadcasttransaction`): the
 * line that sends it, where labellers put the fact (the build's line is reported too when its body follows it).
 */
const broadcastsBuiltTransfer: Validator = {
  name: 'tron-node-broadcasts-built-transfer',
  reach: { before: 40 * 200 + 800, after: 0 },
  test: (_v, ctx) => matchesAbove(ctx.text, ctx.start, 40, BUILD_PATH).some(({ m, at }) => {
    const end = at + m[0].length;
    // The broadcast in the build's own function, and no other broadcast between them.
    if (end + aheadInFunction(ctx.text, end, 40).length < ctx.end || /\/wallet\/broadcast(?:transaction|hex)/.test(ctx.text.slice(end, ctx.start))) return false;
    const body = ctx.text.slice(Math.max(0, at - 800), Math.min(ctx.start, end + 600));
    return TRIGGER_PATH.test(m[1]) ? TRANSFER_SELECTOR.test(body) : TO_FIELD.test(body);
  }),
};

/** The node API's words: its path prefix. */
export const TRON_NODE_KEYWORDS = ['/wallet/'];

/** The paths, quoted as a client posts them (with or without a host before them). */
export const TRON_NODE_PATTERNS: PatternSpec[] = [
  {
    // The literal first, then the quote it sits in (looked for back from the match's end, once per match).
    re: rx(String.raw`/wallet/(?<name>createtransaction|transferasset|triggersmartcontract|easytransfer(?:asset)?(?:byprivate)?)(?=["'\`?])(?<=["'\`][^"'\`\n]{0,120})`),
    keywords: TRON_NODE_KEYWORDS,
    validate: [buildsTransfer],
  },
  { re: rx(String.raw`/wallet/(?<name>broadcasttransaction|broadcasthex)(?=["'\`?])`), keywords: TRON_NODE_KEYWORDS, validate: [broadcastsBuiltTransfer] },
];

/** withdraw/node-rpc-send's Tron examples (spread into its record). */
export const TRON_NODE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `<?php\n$body = $this->api->post('/wallet/⟦triggersmartcontract⟧', [\n  'contract_address' => $this->token,\n  'function_selector' => 'transfer(address,uint256)',\n  'parameter' => $to . $amount,\n]);\n$signed = $this->tron->signTransaction($body['transaction']);\n$this->tron->sendRawTransaction($signed);`, path: 'src/Trc20.php' },
    { text: `const tx = await axios.post(NODE + '/wallet/⟦createtransaction⟧', { to_address: dest, owner_address: hot, amount: sun });\nconst signed = await tronWeb.trx.sign(tx.data, key);\nawait axios.post(NODE + '/wallet/⟦broadcasttransaction⟧', signed);`, path: 'payout.js' },
    // A script's body built above the post, signed, then broadcast: the broadcast sends it.
    { text: `tx = {\n    "to_address": to_hex(PAYEE),\n    "owner_address": me,\n    "amount": AMOUNT,\n}\nr = requests.post(NODE + '/wallet/createtransaction', json=tx).json()\nr["signature"] = [sign(r["raw_data_hex"], key)]\nrequests.post(NODE + '/wallet/⟦broadcasttransaction⟧', json=r)`, path: 'pay.py' },
  ],
  negative: [
    // A contract read through the same path, a balance, and a transaction built with no destination named.
    { text: `<?php\n$body = $this->api->post('/wallet/triggersmartcontract', [\n  'contract_address' => $this->token,\n  'function_selector' => 'balanceOf(address)',\n]);\n$acct = $this->api->post('/wallet/getaccount', ['address' => $a]);`, path: 'src/Trc20.php' },
    { text: `r = requests.post(NODE + "/wallet/createtransaction", json=body)`, path: 'raw.py' },
    // An SDK's transaction builder returns the unsigned transfer: its caller signs and sends it.
    { text: `def send_trx(self, to, amount, account):\n    return self.tron.manager.request('/wallet/createtransaction', {\n        'to_address': to,\n        'owner_address': account,\n        'amount': amount,\n    })`, path: 'tronapi/transactionbuilder.py' },
    // A builder helper whose caller signs: the file's broadcast helper below is another function.
    { text: `def build_usdt_transfer(to, amount):\n    url = NODE + "/wallet/triggersmartcontract"\n    body = {"function_selector": "transfer(address,uint256)", "parameter": encode(to, amount)}\n    return requests.post(url, json=body).json().get("transaction")\n\n\ndef broadcast(signed):\n    return requests.post(NODE + "/wallet/broadcasttransaction", json=signed).json()`, path: 'tron.py' },
  ],
};
