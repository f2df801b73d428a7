// The vault and a workspace .env that give a variable different values: the warning (masked) when a key is
// stored, handed to terminals or to a debug session, and its two actions, in the real extension host.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VaultApi } from '../../src/extension/credentials/registerVault';
import { COMMENT_PREFIX, KEEP_VAULT_VALUE, OPEN_ENV_LINE } from '../../src/extension/credentials/EnvConflictWarnings';
import type { StoredKeyMeta } from '../../src/vault/vaultStore';
import { activateKeyGuard, scratchRoot } from './helpers';

// Made-up Binance-shaped values for this test.
const VAULT_KEY = 'kQ7vLmR2xT9pWn4sYb8cZd1fGh3jKl5mNp6qRs0tUv2wXy4zAb6cDe8fGh0iJk2L';
const VAULT_SECRET = 'Zr3Yq8Wp1Vo6Un2Tm7Sl4Rk9Qj0Pi5Oh3Ng8Mf1Le6Kd2Jc7Ib4Ha9Gz0Fy5Ex1D';
const ENV_KEY = 'Hs4Gt9Fu2Ev7Dw1Cx6By3Az8Za5Yb0Xc4Wd9Ve2Uf7Tg1Sh6Ri3Qj8Pk5Ol0Nm4M';

describe('vault and .env define the same variable differently', function () {
  this.timeout(60_000);
  let vault: VaultApi;
  let meta: StoredKeyMeta | undefined;
  const shown: string[] = [];
  let answer: string | undefined;
  let saved: VaultApi['envConflicts']['prompt']['show'];
  const envFile = () => path.join(scratchRoot(), '.env');

  before(async () => {
    ({ vault } = await activateKeyGuard<{ vault: VaultApi }>());
    saved = vault.envConflicts.prompt.show;
    vault.envConflicts.prompt.show = async (message: string, ...actions: string[]) => (shown.push(`${message} [${actions.join('|')}]`), answer);
    fs.writeFileSync(envFile(), `# trading bot\nBINANCE_API_KEY=${ENV_KEY}\nBINANCE_API_SECRET=${VAULT_SECRET}\n`);
  });

  after(async () => {
    vault.envConflicts.prompt.show = saved;
    await vault.environment.select([]);
    if (meta) await vault.store.remove(meta.id);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(envFile(), { force: true });
  });

  it('warns when the key is stored, with both values masked, and opens .env at the line', async () => {
    answer = OPEN_ENV_LINE;
    meta = await vscode.commands.executeCommand<StoredKeyMeta>('keyguard.storeKey', { exchange: 'binance', label: 'Conflict-Grid', apiKey: VAULT_KEY, secret: VAULT_SECRET });
    assert.ok(meta, 'the key was not stored');
    await vault.envConflicts.warnings.last;
    assert.strictEqual(shown.length, 1, shown.join('\n'));
    assert.strictEqual(shown[0], 'KeyGuard: BINANCE_API_KEY has Hs4G…Nm4M in .env, kQ7v…Jk2L in the vault ("Conflict-Grid", .env line 2). '
      + `Terminals that use this key get the vault's value; a bot that loads .env with override gets the file's. [${OPEN_ENV_LINE}|${KEEP_VAULT_VALUE}]`);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.fsPath, envFile());
    assert.strictEqual(editor.selection.active.line, 1);
  });

  it('warns when the key is handed to terminals; "Keep Vault Value" comments the .env line out and saves it', async () => {
    answer = KEEP_VAULT_VALUE;
    await vscode.commands.executeCommand('keyguard.useKeysInTerminals', { labels: ['Conflict-Grid'] });
    assert.strictEqual(await vault.envConflicts.warnings.last, KEEP_VAULT_VALUE);
    assert.strictEqual(shown.length, 2);
    assert.match(shown[1], /^KeyGuard: BINANCE_API_KEY has Hs4G…Nm4M in \.env, kQ7v…Jk2L in the vault .*New terminals get the vault's value/);
    const text = fs.readFileSync(envFile(), 'utf8');
    assert.strictEqual(text, `# trading bot\n${COMMENT_PREFIX}BINANCE_API_KEY=${ENV_KEY}\nBINANCE_API_SECRET=${VAULT_SECRET}\n`);
    assert.deepStrictEqual(await vault.environment.warnConflicts('New terminals'), [], 'no conflict is left');
  });

  it('warns a debug session once per session, not at every launch', async () => {
    fs.writeFileSync(envFile(), `BINANCE_API_SECRET=${ENV_KEY}\n`);
    answer = undefined;
    const folder = vscode.workspace.workspaceFolders![0];
    const before = shown.length;
    for (let i = 0; i < 2; i++) {
      const config = await vault.debugProvider.resolveDebugConfiguration(folder, { type: 'node', name: 'bot', request: 'launch', keyguard: true });
      assert.strictEqual(config.env.BINANCE_API_SECRET, VAULT_SECRET, 'the launch gets the vault value');
      await vault.envConflicts.warnings.last;
    }
    assert.strictEqual(shown.length, before + 1, shown.slice(before).join('\n'));
    assert.match(shown[before], /^KeyGuard: BINANCE_API_SECRET has Hs4G…Nm4M in \.env, Zr3Y…Ex1D in the vault .*Debug sessions get/);
    for (const m of shown) for (const v of [VAULT_KEY, VAULT_SECRET, ENV_KEY]) assert.ok(!m.includes(v), 'a message holds a full value');
  });
});
