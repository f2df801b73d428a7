// The same integration suite under @vscode/test-electron, for machines with internet: it downloads a
// VS Code build and runs out/test/integration/index.js in its extension host.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-it-'));
  // As runInCodeServer does: a file present at start that no test opens (scanOnOpen.test.ts).
  fs.cpSync(path.join(root, 'test/fixtures/workspaces/scan-on-open'), path.join(workspace, 'scan-on-open'), { recursive: true });
  try {
    await runTests({
      version: process.env.KEYGUARD_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { KEYGUARD_TEST_WORKSPACE: workspace, KEYGUARD_REPO_ROOT: root, KEYGUARD_TEST_HOOKS: '1' },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`integration tests under @vscode/test-electron failed: ${(e as Error).message}`);
  process.exit(1);
});
