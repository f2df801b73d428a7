import * as assert from 'assert';
import { inComment } from '../../../../src/engine/judge/codeContext';

describe('codeContext', () => {
  // A long module docstring, then more than 100,000 characters of code: the old look-back window started inside
  // the docstring and saw only its closing quotes, so it took the code that follows for docstring.
  const doc = `"""Client for the wallet API.\n${'  More documentation.\n'.repeat(3000)}"""\n`;
  const code = 'y = compute(1)\n'.repeat(5000);

  it('knows code from docstring in Python files over 100 KB (counts triple quotes from the start)', () => {
    const text = `${doc}${code}r = self.post("capital/withdraw/apply")\n`;
    assert.ok(text.length - doc.length > 50_000 && text.length > 100_000);
    assert.strictEqual(inComment(text, text.indexOf('capital/withdraw/apply'), 'python'), false);
    const inDoc = `${doc}${code}"""\nExample: self.post("capital/withdraw/apply")\n"""\n`;
    assert.strictEqual(inComment(inDoc, inDoc.indexOf('capital/withdraw/apply'), 'python'), true);
  });

  it('answers for each text it is given, not the one it saw last', () => {
    const a = 'x = 1\n"""\nclient.withdraw(1)\n"""\n';
    const b = 'x = 1\nclient.withdraw(1)\n';
    assert.strictEqual(inComment(a, a.indexOf('client'), 'python'), true);
    assert.strictEqual(inComment(b, b.indexOf('client'), 'python'), false);
    assert.strictEqual(inComment(a, a.indexOf('client'), 'python'), true);
  });

  it('knows the lines of a block comment without stars (Go doc comments above generated functions)', () => {
    const go = 'func (s *Svc) Pull() {}\n\n/*\nPull Pull (USER_DATA)\nPost /sapi/v1/capital/withdraw/apply\n\nid returned by POST `/sapi/v1/capital/withdraw/apply`\n*/\nfunc (s *Svc) PullExecute() {\n\tp := "/sapi/v1/capital/withdraw/apply"\n}\n';
    const first = go.indexOf('/sapi');
    assert.strictEqual(inComment(go, first, 'go'), true);
    assert.strictEqual(inComment(go, go.indexOf('/sapi', first + 5), 'go'), true);
    assert.strictEqual(inComment(go, go.lastIndexOf('/sapi'), 'go'), false);
    // Mid-line `/*` (a glob in a string) opens no block; Python has none.
    const js = 'const g = "src/*";\nclient.withdraw(1);\n';
    assert.strictEqual(inComment(js, js.indexOf('client'), 'javascript'), false);
    const py = 'x = 1\n/*\nclient.withdraw(1)\n';
    assert.strictEqual(inComment(py, py.indexOf('client'), 'python'), false);
    // A word right after the opener (a Bots.Business command header `/*CMD`, `/*global x*/`) still opens one.
    const bb = '/*CMD\n  command: /withdrawal\n  help:\nCMD*/\nlet amount = 1;\n';
    assert.strictEqual(inComment(bb, bb.indexOf('/withdrawal'), 'javascript'), true);
    assert.strictEqual(inComment(bb, bb.indexOf('let'), 'javascript'), false);
  });
});
