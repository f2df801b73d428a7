// Nethereum (C#) sends that name no withdrawal: a TransactionInput with a `To` signed and sent through the account's
// TransactionManager (a sweeper's native-balance send), a token contract's `transfer`/`transferFrom` Function sent with
// its destination, a typed TransferFunction handler, and the ether transfer service. Documented at
// https://docs.nethereum.com/en/latest/nethereum-transferring-ether/ and
// https://docs.nethereum.com/en/latest/nethereum-smartcontrats-gettingstarted/ (GetFunction, SendTransactionAsync).
import { callArguments } from '../../judge/callArguments';
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector, type Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { WHY, WITHDRAW_ADVICE } from './shared';

/** The receiver of the call ending at `start` (`Account.Eth.TransactionManager.` gives the chain before the name). */
function receiverBefore(text: string, start: number): string {
  return /([A-Za-z_][\w.]*)\.[ \t]*$/.exec(text.slice(Math.max(0, start - 120), start))?.[1] ?? '';
}

/** The right-hand side of the last `name = …` in the 6,000 characters before `at` (to the end of its statement, 600 at most). */
function assignment(text: string, name: string, at: number): string | undefined {
  const from = Math.max(0, at - 6000);
  const re = new RegExp(String.raw`(?<![\w.])${name}[ \t]*=(?![=>])`, 'g');
  let last = -1;
  for (const m of text.slice(from, at).matchAll(re)) last = from + m.index + m[0].length;
  if (last === -1) return undefined;
  const semi = text.indexOf(';', last);
  return text.slice(last, Math.min(at, semi === -1 ? last + 600 : semi, last + 600));
}

/** A transaction input naming its destination (`To = recipient`), written in the call or assigned above it. */
const TO_FIELD = /(?<![\w.])To[ \t]*=(?!=)/;
/** A token contract's transfer function, or a typed handler of one. */
const TRANSFER_FN = /\.(?:GetFunction|Get)[ \t]*\([ \t]*"(?:transfer|transferFrom|safeTransferFrom)"|GetContractTransactionHandler[ \t]*<[ \t]*\w*Transfer\w*Function[ \t]*>/;

/** Keeps a send whose receiver and arguments say funds go to an address. */
const sendsFunds: Validator = {
  name: 'nethereum-sends-funds',
  reach: { before: 6000, after: 800 },
  test: (_v, ctx) => {
    const receiver = receiverBefore(ctx.text, ctx.start);
    const open = ctx.text.indexOf('(', ctx.end);
    const args = callArguments(ctx.text, open);
    if (/TransactionManager$/i.test(receiver)) {
      const input = args[0] ?? '';
      if (/^new\b/.test(input)) return TO_FIELD.test(input);
      const rhs = /^[A-Za-z_]\w*$/.test(input) ? assignment(ctx.text, input, ctx.start) : undefined;
      return rhs !== undefined && TO_FIELD.test(rhs);
    }
    const last = receiver.split('.').pop() ?? '';
    const rhs = /^[A-Za-z_]\w*$/.test(last) ? assignment(ctx.text, last, ctx.start) : undefined;
    // The function's own arguments follow the transaction input: a destination at least.
    return rhs !== undefined && TRANSFER_FN.test(rhs) && args.length >= 2;
  },
};

export const withdrawNethereumSend = defineDetector({
  id: 'withdraw/nethereum-send',
  title: 'a Nethereum send to an address',
  severity: 'warning',
  role: 'endpoint',
  message: '{name}(…) signs and sends funds to an address (Nethereum).',
  risk: `${WHY} A bot holding an account's key sends its balance or tokens wherever the code says: a sweeper, a payout.`,
  advice: WITHDRAW_ADVICE,
  keywords: ['sendtransaction', 'sendrequestandwaitforreceiptasync', 'transferether'],
  validate: [notInComment, notInString],
  files: ['csharp'],
  patterns: [
    {
      re: rx(String.raw`\.[ \t]*(?<name>SendTransactionAsync|SendTransactionAndWaitForReceiptAsync|SendRequestAsync|SendRequestAndWaitForReceiptAsync)[ \t]*\(`),
      keywords: ['sendtransaction', 'sendrequest'],
      validate: [sendsFunds],
      requires: { fileContains: ['nethereum'] },
    },
    {
      re: rx(String.raw`GetEtherTransferService[ \t]*\(\)[ \t]*\.[ \t]*(?<name>TransferEtherAndWaitForReceiptAsync|TransferEtherAsync)[ \t]*\(`),
      keywords: ['transferether'],
      requires: { fileContains: ['nethereum'] },
    },
  ],
  examples: {
    positive: [
      { text: `using Nethereum.Web3;\nvar tx = new TransactionInput { From = hot, To = cold, Value = new HexBigInteger(all) };\nvar h = await web3.Eth.TransactionManager.⟦SendTransactionAsync⟧(tx);`, path: 'Sweep.cs' },
      { text: `using Nethereum.Contracts;\nFunction move = token.GetFunction("transferFrom");\nvar h = await move.⟦SendTransactionAsync⟧(input, owner, vault, amount);`, path: 'Pull.cs' },
      { text: `using Nethereum.Web3;\nvar r = await web3.Eth.GetEtherTransferService().⟦TransferEtherAndWaitForReceiptAsync⟧(payee, 0.5m);`, path: 'Pay.cs' },
      { text: `using Nethereum.Contracts;\nvar handler = web3.Eth.GetContractTransactionHandler<TransferFunction>();\nvar rc = await handler.⟦SendRequestAndWaitForReceiptAsync⟧(tokenAddress, new TransferFunction { To = user, Value = n });`, path: 'Tip.cs' },
    ],
    negative: [
      // An approval, a query, a transaction without a destination (a deployment), a comment.
      { text: `using Nethereum.Contracts;\nFunction approve = token.GetFunction("approve");\nawait approve.SendTransactionAsync(input, spender, amount);`, path: 'Approve.cs' },
      { text: `using Nethereum.Web3;\nvar gas = await web3.Eth.GasPrice.SendRequestAsync();\nvar bal = await web3.Eth.GetBalance.SendRequestAsync(addr);`, path: 'Gas.cs' },
      { text: `using Nethereum.Web3;\nvar deploy = new TransactionInput { From = me, Data = bytecode };\nawait web3.Eth.TransactionManager.SendTransactionAsync(deploy);`, path: 'Deploy.cs' },
      { text: `using Nethereum.Web3;\n// await web3.Eth.TransactionManager.SendTransactionAsync(new TransactionInput { To = a });`, path: 'Old.cs' },
    ],
  },
});
