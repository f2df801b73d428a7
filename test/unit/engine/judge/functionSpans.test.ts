import * as assert from 'assert';
import { defaultExportName, enclosingSpan, functionSpans } from '../../../../src/engine/judge/functionSpans';
import type { FileKind } from '../../../../src/engine';

/** Name and 1-based first and last line of every span. */
function spans(text: string, kind: FileKind): string[] {
  return functionSpans(text, kind).map((s) => `${s.name} ${s.line + 1}-${text.slice(0, s.end).split('\n').length}`);
}

describe('crossfile: function spans', () => {
  it('reads Python bodies by indentation, nested ones too', () => {
    const text = 'import x\n\ndef pay(to, amount):\n    def inner():\n        return 1\n    # a comment\n\n    return send(to, amount)\n\nprint(pay)\n';
    assert.deepStrictEqual(spans(text, 'python'), ['pay 3-8', 'inner 4-5']);
    assert.strictEqual(enclosingSpan(functionSpans(text, 'python'), text.indexOf('send('))?.name, 'pay');
    assert.strictEqual(enclosingSpan(functionSpans(text, 'python'), text.indexOf('print(')), undefined);
  });

  it('reads brace bodies past parameter lists that span lines or hold braces', () => {
    const text = [
      'class A {',
      '  async sendToken(',
      '    from,',
      '    to,',
      '  ) {',
      '    if (x) { y(); }',
      '  }',
      '  async drain(cb = async () => {}) {',
      '    return cb();',
      '  }',
      '}',
      'const pay = async (to) => {',
      '  return "}";',
      '};',
    ].join('\n');
    assert.deepStrictEqual(spans(text, 'javascript'), ['sendToken 2-7', 'drain 8-10', 'pay 12-14']);
  });

  it('reads a body past a parameter list of up to 30 lines (destructured options), not one longer', () => {
    const head = (n: number) => ['const pull = async (', ...Array.from({ length: n }, (_, i) => `  option${i},`), ') => {', '  return post(PATH);', '};'];
    // The head's line, 29 parameter lines, then the body's brace on the 31st line: read.
    assert.deepStrictEqual(spans(head(29).join('\n'), 'javascript'), ['pull 1-33']);
    // One parameter more puts the brace past the limit: a declaration without a body as far as the reader can tell.
    assert.deepStrictEqual(spans(head(30).join('\n'), 'javascript'), []);
  });

  it('names CommonJS exports and prototype methods by their property', () => {
    const text = 'module.exports.pay = function(to, n) {\n  return send(to, n);\n};\nexports.drain = async (to) => {\n  return pay(to, 1);\n};\nWallet.prototype.sweep = function(to) {\n  return this.pay(to);\n};\n';
    assert.deepStrictEqual(spans(text, 'javascript'), ['pay 1-3', 'drain 4-6', 'sweep 7-9']);
  });

  it('gives declarations without a body no span (interfaces, abstract methods) and never names a statement', () => {
    const text = 'interface C {\n  Task<R> WithdrawAsync(string a);\n}\nif (ready) {\n  go();\n}\n';
    assert.deepStrictEqual(spans(text, 'csharp'), []);
    assert.deepStrictEqual(spans('func (c *Client) Send(ctx context.Context) error {\n\treturn nil\n}\n', 'go'), ['Send 1-3']);
  });

  it('names an anonymous default export after its file, only when the path is given and in JS/TS', () => {
    const text = 'import x from "y";\n\nexport default async function (to, amount) {\n  return pay(to, amount);\n}\n';
    const named = (t: string, path: string, kind: FileKind = 'javascript') => functionSpans(t, kind, path).map((s) => `${s.name} ${s.line + 1}-${t.slice(0, s.end).split('\n').length}`);
    assert.deepStrictEqual(named(text, 'lib/sendTokens.js'), ['sendTokens 3-5']);
    assert.deepStrictEqual(spans(text, 'javascript'), []);
    const arrow = 'export default async ({ to, amount }: Req): Promise<string> => {\n  return pay(to, amount);\n};\n';
    assert.deepStrictEqual(named(arrow, 'src/pay-out/index.ts', 'typescript'), ['payOut 1-3']);
    assert.deepStrictEqual(named('module.exports = async function (to) {\n  return pay(to);\n};\n', 'drain.js'), ['drain 1-3']);
    // A named default keeps its own name; an expression exported is no function; Python has no default export.
    assert.deepStrictEqual(named('export default function payAll(rows) {\n  rows.map(pay);\n}\n', 'lib/x.js'), ['payAll 1-3']);
    assert.deepStrictEqual(named('export default connect(mapState)(Wallet);\nexport default {\n  name: "w",\n};\n', 'lib/w.js'), []);
    assert.deepStrictEqual(named('def pay(to):\n    return send(to)\n', 'export_default.py', 'python'), ['pay 1-2']);
    assert.strictEqual(defaultExportName('a/b/send_all.tsx'), 'send_all');
    assert.strictEqual(defaultExportName('a/2x-send.js'), undefined);
  });
});
