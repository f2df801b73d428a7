// EnvGuard.dotenvFindings: the dotenv loaders of a file and whether the .env each reads can leak.
import * as assert from 'assert';
import { EnvGuard, nodeFs, type Fs } from '../../../../src/engine';
import { Sandbox } from './sandbox';

describe('EnvGuard.dotenvFindings', () => {
  let sb: Sandbox;
  beforeEach(() => (sb = new Sandbox()));
  afterEach(() => sb.remove());

  const code = 'import os\nfrom dotenv import load_dotenv\n\nload_dotenv()\nkey = os.environ["BINANCE_API_KEY"]\n';

  it('warns on the dotenv call when the .env it reads is not ignored, and says nothing before that .env exists', async () => {
    sb.init('r');
    const guard = new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv });
    assert.deepStrictEqual(await guard.dotenvFindings(code, 'bot/main.py'), []);
    sb.write({ 'r/.env': 'A=1\n' });
    const found = await new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv }).dotenvFindings(code, 'bot/main.py');
    assert.deepStrictEqual(found.map((f) => [f.id, f.severity, f.range.startLine, f.range.startColumn, f.range.endColumn]), [['gitignore/dotenv-unignored', 'warning', 3, 0, 11]]);
    assert.match(found[0].message, /This loads \.env, which git does not ignore\./);
    assert.strictEqual(found[0].fix.gitignore, sb.path('r/.gitignore'));
    assert.strictEqual(found[0].fix.entry, '.env');
  });

  it('warns once per file: a compose file loading .env under every service is one problem', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'A=1\n' });
    const compose = 'services:\n  bot:\n    env_file: .env\n  worker:\n    env_file: .env\n  web:\n    env_file:\n      - .env\n';
    const found = await new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv }).dotenvFindings(compose, 'docker-compose.yml');
    assert.deepStrictEqual(found.map((f) => [f.id, f.range.startLine]), [['gitignore/dotenv-unignored', 2]]);
  });

  it('ignores a .env in a sibling folder, which python-dotenv (upward search) and Node (project folder) never read (issue 17)', async () => {
    sb.init('r');
    sb.write({ 'r/other/.env': 'A=1\n', 'r/web/package.json': '{}\n', 'r/web/.env': 'B=2\n', 'r/web/src/.env': 'C=3\n' });
    const guard = new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv });
    assert.deepStrictEqual(await guard.dotenvFindings(code, 'bot/main.py'), []);
    // python-dotenv takes the nearest .env upward: web/src/.env for web/src/tools/x.py.
    const py = await guard.dotenvFindings(code, 'web/src/tools/x.py');
    assert.match(py[0].message, /This loads web\/src\/\.env/);
    // Node's dotenv reads the working directory: the folder of package.json, not the file's own folder.
    const js = await guard.dotenvFindings("require('dotenv').config()\n", 'web/src/index.js');
    assert.match(js[0].message, /This loads web\/\.env,/);
    assert.deepStrictEqual(await guard.dotenvFindings("require('dotenv').config()\n", 'api/index.js'), []);
  });

  it('judges what a file\'s loader reads once per guard: a rescan of edited text finds the calls again without touching the disk', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'A=1\n' });
    let reads = 0;
    const counting: Fs = {
      readFile: (p, l) => (reads++, nodeFs.readFile(p, l)),
      exists: (p) => (reads++, nodeFs.exists(p)),
      list: (d) => (reads++, nodeFs.list(d)),
    };
    const guard = new EnvGuard(sb.path('r'), counting, sb.git, { env: sb.hostEnv });
    const first = await guard.dotenvFindings(code, 'bot/main.py');
    assert.strictEqual(first[0].range.startLine, 3);
    const afterFirst = reads;
    assert.ok(afterFirst > 0);
    const edited = await guard.dotenvFindings(`# grid bot\n${code}`, 'bot/main.py');
    assert.deepStrictEqual(edited.map((f) => [f.range.startLine, f.message]), [[4, first[0].message]]);
    assert.strictEqual(reads, afterFirst, 'the second lint read the disk again');
    // A new guard (the editor makes one when .gitignore, env files or git state change) judges afresh.
    sb.write({ 'r/.gitignore': '.env\n' });
    assert.deepStrictEqual(await new EnvGuard(sb.path('r'), counting, sb.git, { env: sb.hostEnv }).dotenvFindings(code, 'bot/main.py'), []);
  });

  it('judges the .env next to the code when there is one', async () => {
    sb.init('r');
    sb.write({ 'r/.gitignore': '/.env\n', 'r/bot/.env': 'A=1\n' });
    const guard = new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv });
    const found = await guard.dotenvFindings(code, 'bot/main.py');
    assert.match(found[0].message, /This loads bot\/\.env, which git does not ignore\./);
    assert.deepStrictEqual(await guard.dotenvFindings(code, 'main.py'), []);
  });

  it('says nothing when .env is ignored, or outside a repository', async () => {
    sb.init('r');
    sb.write({ 'r/.gitignore': '.env\n' });
    const guard = new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv });
    assert.deepStrictEqual(await guard.dotenvFindings(code, 'bot/main.py'), []);
    sb.write({ 'plain/x.py': code });
    assert.deepStrictEqual(await new EnvGuard(sb.path('plain'), nodeFs, sb.git, { env: sb.hostEnv }).dotenvFindings(code, 'x.py'), []);
  });

  it('warns when the ignored .env is tracked anyway', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'BINANCE_API_SECRET=TTkbX2MiopnPEO4yAAtTYFECWhoeiDyQgGvNpGtirM6QC5cHDn9KpXrGThMsyIAX\n', 'r/index.js': "require('dotenv').config()\n" });
    sb.commitAll('r');
    sb.write({ 'r/.gitignore': '.env\n' });
    const guard = new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv });
    const found = await guard.dotenvFindings("require('dotenv').config()\n", 'index.js');
    assert.deepStrictEqual(found.map((f) => f.severity), ['warning']);
    assert.match(found[0].message, /This loads \.env, which git tracks\./);
  });

  it('makes the loader of a tracked .env with no key-looking value a note, like the tracked file itself (held-out-3)', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'WALLET_ADDRESS=0x5e9ee1089755c3435139848e47e6635505d5a13a\nPRIVATE_KEY=\nRPC=https://rpc.example.org\n', 'r/index.js': "require('dotenv').config()\n" });
    sb.commitAll('r');
    const found = await new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv }).dotenvFindings("require('dotenv').config()\n", 'index.js');
    assert.deepStrictEqual(found.map((f) => [f.id, f.severity]), [['gitignore/dotenv-unignored', 'info']]);
    assert.match(found[0].message, /which git tracks, and which holds no key-looking values\./);
    // Untracked and unignored it stays a warning: the keys added to it next would leak with one `git add .`.
    sb.write({ 'r/x/package.json': '{}\n', 'r/x/.env': 'PRIVATE_KEY=\n' });
    const untracked = await new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv }).dotenvFindings("require('dotenv').config()\n", 'x/index.js');
    assert.deepStrictEqual(untracked.map((f) => f.severity), ['warning']);
  });
});
