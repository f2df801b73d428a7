// action.yml run locally the way GitHub runs a composite action: each `run:` step in bash, with its `env:`
// filled from the inputs, GITHUB_ACTION_PATH, GITHUB_ENV and GITHUB_OUTPUT files.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { packOnce, randomSecret, ROOT, seconds, tempDir, writeFiles } from './helpers';

// mocha's own YAML parser (js-yaml), so the test reads action.yml as GitHub does, not with a regex.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Step { id?: string; name?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string> }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = yaml.load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

/** Replaces `${{ inputs.x }}` with the given or default input; any other expression is a test failure. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
    assert.ok(name in action.inputs, `unknown input ${name}`);
    return inputs[name] ?? action.inputs[name].default ?? '';
  });
}

/** Runs the action's `run:` steps in a workspace; returns the exit status of the last step run, its log and the outputs. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const runnerTemp = tempDir('runner-temp');
  const envFile = path.join(runnerTemp, 'github_env');
  const outputFile = path.join(runnerTemp, 'github_output');
  fs.writeFileSync(envFile, '');
  fs.writeFileSync(outputFile, '');
  let log = '';
  let status: number | null = 0;
  for (const step of action.runs.steps) {
    if (step.uses) continue; // actions/setup-node: this machine's Node stands in for it
    assert.strictEqual(step.shell, 'bash');
    const fromEnvFile = Object.fromEntries(fs.readFileSync(envFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: workspace, encoding: 'utf8',
      env: { ...process.env, ...fromEnvFile, ...stepEnv, GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_ENV: envFile, GITHUB_OUTPUT: outputFile, npm_config_offline: 'true' },
    });
    log += r.stdout + r.stderr;
    status = r.status;
    if (status !== 0) break;
  }
  const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { status, log, outputs };
}

describe('GitHub Action (action.yml, composite)', function () {
  this.timeout(300_000);
  const secret = randomSecret();
  let workspace: string;
  let tarball: string;

  before(() => {
    tarball = packOnce(); // stands in for the npm registry: the package input takes any npm spec
    workspace = tempDir('action');
    writeFiles(workspace, {
      'src/bot.py': `import ccxt\nBINANCE_API_SECRET = "${secret}"\n`,
      'src/sweep.py': 'import ccxt\nexchange = ccxt.binance()\nexchange.withdraw("USDT", 100, "0xabc")\n',
      'docs/clean.md': '# nothing here\n',
    });
  });

  it('is a composite action whose expressions name only its own inputs and outputs', () => {
    assert.strictEqual(action.runs.using, 'composite');
    for (const step of action.runs.steps) for (const v of Object.values(step.env ?? {})) assert.match(v, /^\$\{\{ inputs\.[\w-]+ \}\}$/);
    for (const o of Object.values(action.outputs)) assert.match(o.value, /^\$\{\{ steps\.scan\.outputs\.[\w-]+ \}\}$/);
  });

  it('fails on an error-level finding, writes SARIF and masked annotations', () => {
    const start = Date.now();
    const r = runAction(workspace, { package: tarball, output: 'reports/keyguard.sarif' });
    console.log(`      install + scan: ${seconds(start)}`);
    assert.strictEqual(r.status, 1, r.log);
    assert.match(r.log, new RegExp(`::error file=src/bot\\.py,line=2,col=\\d+,title=secret/binance-api-secret::Binance API secret ${secret.slice(0, 4)}…${secret.slice(-4)}`));
    assert.match(r.log, /::warning file=src\/sweep\.py,line=3,/);
    assert.match(r.log, /::error::1 finding\(s\) at error level or above/);
    assert.ok(!r.log.includes(secret), 'the full secret is never printed');
    const sarif = fs.readFileSync(path.join(workspace, 'reports/keyguard.sarif'), 'utf8');
    assert.ok(!sarif.includes(secret));
    assert.strictEqual(JSON.parse(sarif).version, '2.1.0');
    assert.deepStrictEqual({ errors: r.outputs.errors, warnings: r.outputs.warnings, file: r.outputs['sarif-file'] }, { errors: '1', warnings: '1', file: path.join(workspace, 'reports/keyguard.sarif') });
  });

  it('honours fail-on and the path input', () => {
    assert.strictEqual(runAction(workspace, { package: tarball, 'fail-on': 'never' }).status, 0);
    const docs = runAction(workspace, { package: tarball, path: 'docs', 'fail-on': 'note' });
    assert.strictEqual(docs.status, 0, docs.log);
    assert.strictEqual(docs.outputs.errors, '0');
    const sweep = runAction(workspace, { package: tarball, path: 'src/sweep.py', 'fail-on': 'warning' });
    assert.strictEqual(sweep.status, 1, sweep.log);
    const bad = runAction(workspace, { package: tarball, 'fail-on': 'sometimes' });
    assert.strictEqual(bad.status, 1);
    assert.match(bad.log, /fail-on must be error, warning, note or never/);
  });
});
