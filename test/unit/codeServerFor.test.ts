import * as assert from 'assert';
import * as path from 'path';

// Plain JS shared by the setup script, the demo and the integration harness.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pick = require(path.resolve(__dirname, '../../../scripts/codeServerFor.js')) as {
  RELEASES: Record<number, string>;
  releaseFor(major: number): string | undefined;
  installDir(root: string, major: number): string;
  serverMain(root: string, major: number): string;
};

describe('the code-server release for the running Node', () => {
  it('pins one release per supported major, each in its own folder; Node 20 keeps .vscode-test/code-server', () => {
    assert.deepStrictEqual(pick.RELEASES, { 20: '4.100.3', 22: '4.117.0', 24: '4.139.1' });
    assert.strictEqual(pick.installDir('/r', 20), path.join('/r', '.vscode-test', 'code-server'));
    assert.strictEqual(pick.installDir('/r', 24), path.join('/r', '.vscode-test', 'code-server-node24'));
    assert.strictEqual(pick.serverMain('/r', 22), path.join('/r', '.vscode-test', 'code-server-node22', 'node_modules/code-server/lib/vscode/out/server-main.js'));
  });

  it('knows no release for other majors (the setup stops with the supported list)', () => {
    assert.strictEqual(pick.releaseFor(26), undefined);
    assert.strictEqual(pick.releaseFor(18), undefined);
  });
});
