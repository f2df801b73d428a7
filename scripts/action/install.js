// Install step of action.yml: puts the KeyGuard CLI into a private npm prefix and tells the scan step
// where its cli.js is (GITHUB_ENV). The default package is this action's own version from npm.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const actionPath = process.env.GITHUB_ACTION_PATH || path.resolve(__dirname, '../..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(actionPath, 'package.json'), 'utf8'));
const spec = (process.env.INPUT_PACKAGE || '').trim() || `${name}@${version}`;
const prefix = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'keyguard-cli');

console.log(`Installing ${spec} into ${prefix}`);
execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', spec], { stdio: 'inherit', shell: process.platform === 'win32' });

// npm puts global packages in <prefix>/lib/node_modules on POSIX and <prefix>/node_modules on Windows.
const cli = [path.join(prefix, 'lib', 'node_modules', name, 'dist', 'cli.js'), path.join(prefix, 'node_modules', name, 'dist', 'cli.js')].find((p) => fs.existsSync(p));
if (!cli) {
  console.error(`::error::${spec} installed, but its dist/cli.js is missing`);
  process.exit(1);
}
if (process.env.GITHUB_ENV) fs.appendFileSync(process.env.GITHUB_ENV, `KEYGUARD_CLI=${cli}\n`);
console.log(`KeyGuard CLI: ${cli}`);
