import * as assert from 'assert';
import { isDeclaredName } from '../../../src/engine/detectors/declaration';
import type { FileKind } from '../../../src/engine/types';

/** Whether the name (the last `withdraw…` word of the line) is declared there. */
const declared = (line: string, kind: FileKind): boolean => isDeclaredName(line, line.search(/[Ww]ithdraw\w*\($/) === -1 ? line.lastIndexOf('.') + 1 : line.search(/\w+\($/), kind);

describe('declarations that look like calls (detectors/declaration)', () => {
  it('takes a type before the receiver as a declaration', () => {
    const cases: Array<[string, FileKind]> = [
      ['async Task<Result<Payout<Tx>>> IPayoutClient.WithdrawAsync(', 'csharp'],
      ['Task<int> Acme.IFunds.SubmitWithdrawal(', 'csharp'],
      ['string[] IFunds.WithdrawAll(', 'csharp'],
      ['decimal? IFunds.MaxWithdraw(', 'csharp'],
      ['std::string ExchangeClient::withdraw(', 'cpp'],
      ['void ExchangeClient::withdraw(', 'cpp'],
      ['suspend fun ExchangeClient.withdraw(', 'kotlin'],
      ['fun <T> Api<T>.withdraw(', 'kotlin'],
    ];
    for (const [line, kind] of cases) assert.strictEqual(declared(line, kind), true, line);
  });

  it('takes a keyword, an operator, `=`, `(` or `,` before the receiver as a call', () => {
    const cases: Array<[string, FileKind]> = [
      ['var r = await client.Funding.WithdrawAsync(', 'csharp'],
      ['return client.WithdrawAsync(', 'csharp'],
      ['    client.withdraw(', 'java'],
      ['assert client.withdraw(', 'java'],
      ['go svc.Withdraw(', 'go'],
      ['defer svc.CancelWithdraw(', 'go'],
      ['res, err := svc.Withdraw(', 'go'],
      ['let r = match client.withdraw(', 'rust'],
      ['let r = &mut client.withdraw(', 'rust'],
      ['let tx = try await client.withdraw(', 'swift'],
      ['final r = await client.withdraw(', 'dart'],
      ['const r = await client.withdraw(', 'typescript'],
      ['if (a > client.withdraw(', 'java'],
      ['x => client.WithdrawAsync(', 'csharp'],
      ['log(x, client.withdraw(', 'javascript'],
      ['void client.withdraw(', 'typescript'],
      ['pair to client.withdraw(', 'kotlin'],
      ['puts client.withdraw(', 'ruby'],
      ['print client.withdraw(', 'python'],
    ];
    for (const [line, kind] of cases) assert.strictEqual(declared(line, kind), false, line);
  });

  it('takes a C/C++ return type on the line above a qualified name as a definition, not a call', () => {
    const at = (text: string) => text.lastIndexOf('withdraw');
    for (const t of ['void \nClient::withdraw(\n\tconst char *coin,', 'static std::string\nClient::withdraw(', 'const Result &\nnet::Client::withdraw(']) {
      assert.strictEqual(isDeclaredName(t, at(t), 'cpp'), true, t);
    }
    // A statement ends on the line above; an expression word; a call without `::`; other languages.
    for (const [t, kind] of [['foo();\nClient::withdraw(a, b);', 'cpp'], ['return\nClient::withdraw(a);', 'cpp'], ['void\nclient.withdraw(a);', 'cpp'], ['void\nClient::withdraw(', 'php']] as Array<[string, FileKind]>) {
      assert.strictEqual(isDeclaredName(t, at(t), kind), false, t);
    }
  });

  it('takes a member led by access modifiers for a declaration (a tuple return type too), never a call in a one-line body', () => {
    const at = (text: string) => text.lastIndexOf('withdraw');
    for (const t of ['    public (string, string) withdraw(', '    public async Task<(string, string)> withdraw(', '    private static Foo.Bar withdraw(']) {
      assert.strictEqual(isDeclaredName(t, at(t), 'csharp'), true, t);
    }
    for (const [t, kind] of [['public void run() { client.withdraw(x); }', 'java'], ['    public x = client.withdraw(', 'typescript'], ['public Result Run() => client.withdraw(', 'csharp']] as Array<[string, FileKind]>) {
      assert.strictEqual(isDeclaredName(t, at(t), kind), false, t);
    }
  });
});
