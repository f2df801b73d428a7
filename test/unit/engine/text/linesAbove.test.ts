import * as assert from 'assert';
import { firstAssignment, lastAssignment, linesAbove, linesAboveStart } from '../../../../src/engine/text/linesAbove';

describe('lines above an offset', () => {
  const text = 'a = 1\nb = 2\nc = 3\nd = 4';

  it('starts the window at a line start, `lines` lines up, the offset\'s own line counted', () => {
    const at = text.indexOf('d');
    assert.strictEqual(linesAbove(text, at, 1, 1000), '');
    assert.strictEqual(linesAbove(text, at + 3, 1, 1000), 'd =');
    assert.strictEqual(linesAbove(text, at, 2, 1000), 'c = 3\n');
    assert.strictEqual(linesAbove(text, at, 9, 1000), text.slice(0, at), 'the text\'s start bounds it');
  });

  it('never reads past its character bound, and never past the offset (offset 0 gives an empty window)', () => {
    const long = `${'x'.repeat(5000)}y`;
    assert.strictEqual(linesAboveStart(long, 5000, 3, 100), 4900);
    assert.strictEqual(linesAboveStart(text, 0, 3, 100), 0);
    assert.strictEqual(linesAboveStart('', 0, 1, 100), 0);
  });

  it('finds the last and the first assignment to a name, not a comparison, an arrow, a field or a longer name', () => {
    const back = 'url = "/a"\nurl == x\nf = url => 1\no.url = "/b"\nurls = "/c"\nurl: string = "/d"\n';
    assert.strictEqual(back.slice(lastAssignment(back, 'url')!.at).split('\n')[0], 'url: string = "/d"');
    assert.strictEqual(firstAssignment(back, 'url'), 0);
    assert.strictEqual(lastAssignment('x => url', 'x'), undefined);
    assert.strictEqual(lastAssignment('path := "/w"', 'path')!.rhs, 'path :='.length);
    assert.strictEqual(lastAssignment('self.path = "/w"', 'path'), undefined);
    assert.strictEqual(lastAssignment('self.path = "/w"', 'path', true)!.at, 0);
  });

  it('skips a keyword argument that passes the name on (`sign(path=path)`), not an assignment from a longer name', () => {
    const back = 'path = "/w"\nsig = sign(method=m, path=path, body=b)\nh = hdr(path=path)\nk = sign(path = path)\nf = sign(\n    path=path\n)\n';
    assert.strictEqual(lastAssignment(back, 'path')!.at, 0);
    const renamed = 'path = "/w"\npath = path_v2\n';
    assert.strictEqual(renamed.slice(lastAssignment(renamed, 'path')!.rhs).trim(), 'path_v2');
  });
});
