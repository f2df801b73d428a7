// The shipped extension bundle, built exactly as `npm run package` builds it, exports nothing: any other
// extension can call `getExtension('keyguard.trading-key-guard').activate()`, so an exported vault would hand
// it every stored key. The bundle runs here against a stand-in `vscode` module, with the test switch set.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VaultStore } from '../../../src/vault/vaultStore';

const ROOT = path.resolve(__dirname, '../../../..');
const KEY = 'Rz4mQ8vT2nW6yB1kH5cJ9dF3gL7pX0sA4eU8iO2rT6yN1mK5bV9cX3zL7qW0pD4f';
const SECRET = 'Hy7uJ1mK4nB8vC2xZ6lP0oI3uY9tR5eW1qA4sD8fG2hJ6kL0zX3cV7bN1mQ5wE9r';

/** A `vscode` stand-in: every API is a callable, constructible proxy; commands are recorded. */
function fakeVscode(commands: Map<string, (...args: unknown[]) => unknown>): unknown {
  const cache = new Map<string, unknown>();
  const overrides: Record<string, unknown> = {
    'workspace.isTrusted': true,
    'workspace.workspaceFolders': undefined,
    'workspace.getConfiguration': () => ({ get: (_k: string, d: unknown) => d, inspect: () => undefined }),
    'commands.registerCommand': (id: string, run: (...args: unknown[]) => unknown) => {
      commands.set(id, run);
      return { dispose() {} };
    },
    'window.showWarningMessage': async () => undefined,
    'window.showInformationMessage': async () => undefined,
    'window.showErrorMessage': async () => undefined,
  };
  const make = (name: string, fresh = false): unknown => {
    if (name in overrides) return overrides[name];
    if (fresh || !cache.has(name)) {
      const own = new Map<PropertyKey, unknown>(); // what the bundle assigns (fields of constructed objects)
      const proxy = new Proxy(function () {}, {
        get: (_t, p) => {
          if (own.has(p)) return own.get(p);
          if (p === 'then') return undefined; // not a promise
          if (p === Symbol.iterator) return function* () {};
          if (typeof p === 'symbol') return undefined;
          return make(`${name}.${p}`);
        },
        set: (_t, p, v) => own.set(p, v) !== undefined,
        apply: () => make(`${name}()`),
        construct: () => make(`new ${name}`, true) as object,
      });
      if (fresh) return proxy;
      cache.set(name, proxy);
    }
    return cache.get(name);
  };
  // A plain object with every top-level name: the bundle copies the module's own properties.
  const names = fs.readFileSync(path.join(ROOT, 'node_modules/@types/vscode/index.d.ts'), 'utf8').matchAll(/^\s*export (?:namespace|class|enum|const|function|let) (\w+)/gm);
  return Object.fromEntries([...names].map(([, n]) => [n, make(n)]));
}

/** A Memento over a Map. */
function memento() {
  const m = new Map<string, unknown>();
  return { get: <T>(k: string, d?: T) => (m.has(k) ? m.get(k) : d) as T, update: async (k: string, v: unknown) => void m.set(k, v), keys: () => [...m.keys()], setKeysForSync() {} };
}

describe('the production extension bundle', function () {
  this.timeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-prod-'));
  let bundle = '';
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  let activate: (context: unknown) => unknown;

  before(async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { targetsFor } = require(path.join(ROOT, 'esbuild.js')) as { targetsFor(o: { production: boolean }): import('esbuild').BuildOptions[] };
    const [extension] = targetsFor({ production: true });
    const outfile = path.join(tmp, 'dist', 'extension.js');
    await esbuild.build({ ...extension, absWorkingDir: ROOT, outfile });
    bundle = fs.readFileSync(outfile, 'utf8');
    // The bundle's `require('vscode')` resolves to this stand-in next to it.
    fs.mkdirSync(path.join(tmp, 'node_modules', 'vscode'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'node_modules', 'vscode', 'index.js'), 'module.exports = globalThis.__keyguardFakeVscode;');
    (globalThis as Record<string, unknown>).__keyguardFakeVscode = fakeVscode(commands);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    activate = (require(outfile) as { activate: (c: unknown) => unknown }).activate;
  });
  after(() => {
    delete (globalThis as Record<string, unknown>).__keyguardFakeVscode;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const secrets = new Map<string, string>();
  const context = {
    subscriptions: [] as unknown[],
    secrets: { get: async (k: string) => secrets.get(k), store: async (k: string, v: string) => void secrets.set(k, v), delete: async (k: string) => void secrets.delete(k), onDidChange: () => ({ dispose() {} }) },
    globalState: memento(),
    workspaceState: memento(),
    environmentVariableCollection: { replace() {}, clear() {}, forEach() {}, get() {}, persistent: true, description: '' },
    extensionUri: { fsPath: ROOT, scheme: 'file', path: ROOT },
    logUri: { fsPath: tmp, scheme: 'file', path: tmp },
  };

  it('returns nothing from activate(), even with the test switch set', () => {
    const saved = process.env.KEYGUARD_TEST_HOOKS;
    process.env.KEYGUARD_TEST_HOOKS = '1';
    try {
      assert.strictEqual(activate(context), undefined);
    } finally {
      if (saved === undefined) delete process.env.KEYGUARD_TEST_HOOKS;
      else process.env.KEYGUARD_TEST_HOOKS = saved;
    }
    assert.ok(commands.has('keyguard.deleteKey'), 'activate() registered the commands');
  });

  it('the shipped CLI refuses loopback even with the test switch set', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { targetsFor } = require(path.join(ROOT, 'esbuild.js')) as { targetsFor(o: { production: boolean }): import('esbuild').BuildOptions[] };
    const cli = targetsFor({ production: true })[1];
    const outfile = path.join(tmp, 'dist', 'cli.js');
    await esbuild.build({ ...cli, absWorkingDir: ROOT, outfile });
    const env = { ...process.env, KEYGUARD_TEST_LOOPBACK: '1', BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET };
    let stderr = '';
    try {
      execFileSync(process.execPath, [outfile, 'check-key', '--exchange', 'binance', '--base-url', 'http://127.0.0.1:9'], { env, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      stderr = (e as { stderr: string }).stderr;
    }
    assert.match(stderr, /loopback addresses are for KeyGuard's own tests only/);
  });

  it('contains no test hook: the switch and the test API are compiled out', () => {
    assert.ok(!bundle.includes('KEYGUARD_TEST_HOOKS'), 'the bundle reads the test switch');
    assert.ok(!bundle.includes('acceptScriptedArgs'), 'the bundle holds the test switches');
  });

  it('ignores scripted arguments: a tasks.json input cannot delete, rotate or hand out a stored key', async () => {
    process.env.KEYGUARD_TEST_HOOKS = '1';
    try {
      const store = new VaultStore(context.secrets, context.globalState);
      const meta = await store.add({ exchange: 'binance', label: 'Bot', apiKey: KEY, secret: SECRET });
      assert.strictEqual(await commands.get('keyguard.deleteKey')!({ label: 'Bot', confirmed: true }), undefined);
      assert.strictEqual(await commands.get('keyguard.rotateKey')!({ label: 'Bot', apiKey: SECRET, secret: KEY }), undefined);
      assert.strictEqual(await commands.get('keyguard.storeKey')!({ exchange: 'binance', label: 'Planted', apiKey: SECRET, secret: KEY }), undefined);
      assert.strictEqual(await commands.get('keyguard.useKeysInTerminals')!({ labels: ['Bot'] }), undefined);
      assert.deepStrictEqual(store.list().map((m) => m.label), ['Bot']);
      assert.deepStrictEqual(await store.read(meta.id), { apiKey: KEY, secret: SECRET });
    } finally {
      delete process.env.KEYGUARD_TEST_HOOKS;
    }
  });

  it('asks before "Stop tracking" even when a script says it confirmed', async () => {
    const repo = fs.mkdtempSync(path.join(tmp, 'repo-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
    git('init', '-q');
    fs.writeFileSync(path.join(repo, '.env'), 'LOG_LEVEL=info\n');
    git('add', '.env');
    git('commit', '-qm', 'env');
    const fix = { envFile: path.join(repo, '.env'), repoRoot: repo, gitignore: path.join(repo, '.gitignore'), entry: '.env', examples: [], exampleFile: path.join(repo, '.env.example'), exampleExists: false, tracked: true, onDisk: true };
    process.env.KEYGUARD_TEST_HOOKS = '1';
    try {
      // The stand-in's modal dialog answers nothing (cancel): nothing may change.
      assert.strictEqual(await commands.get('keyguard.stopTrackingEnvFile')!(fix, { confirmed: true }), false);
    } finally {
      delete process.env.KEYGUARD_TEST_HOOKS;
    }
    assert.strictEqual(git('ls-files', '.env').trim(), '.env', 'a scripted "confirmed" ran git rm --cached');
  });

  it('declares the key-changing commands disabled in untrusted workspaces', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string; enablement?: string }> } };
    for (const id of ['storeKey', 'rotateKey', 'deleteKey', 'useKeysInTerminals', 'checkApiKey', 'checkStoredKey']) {
      assert.strictEqual(pkg.contributes.commands.find((c) => c.command === `keyguard.${id}`)?.enablement, 'isWorkspaceTrusted', id);
    }
  });
});
