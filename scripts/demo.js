// `npm run demo`: starts VS Code (code-server's bundled server) on 127.0.0.1 with KeyGuard loaded from this
// checkout and a copy of demo/ as the workspace, prints the URL to open, and cleans up on Ctrl-C.
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
// The code-server installed for this Node major (scripts/setup-vscode-server.sh picks it).
const SERVER_MAIN = require('./codeServerFor').serverMain(ROOT);
const PORT = Number(process.env.KEYGUARD_DEMO_PORT || 8080);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-demo-'));
const workspace = path.join(tmp, 'trading-bot');
fs.cpSync(path.join(ROOT, 'demo'), workspace, { recursive: true });
// A git repository, so the .env guard can say what git would do with .env.
try {
  execFileSync('git', ['init', '-q'], { cwd: workspace });
} catch {
  console.log('git is not installed: the .env guard will report that nothing ignores .env.');
}

const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'), XDG_CACHE_HOME: path.join(tmp, 'cache') };
const server = spawn(process.execPath, [
  SERVER_MAIN, '--host', '127.0.0.1', '--port', String(PORT), '--without-connection-token', '--accept-server-license-terms',
  // Newer VS Code servers (1.10x and later) load the extension named in the URL's payload only with this flag.
  '--enable-smoke-test-driver',
  '--disable-telemetry', '--server-data-dir', path.join(tmp, 'server-data'), '--user-data-dir', path.join(tmp, 'user-data'),
  '--extensions-dir', path.join(tmp, 'extensions'),
], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

/** Stops the server's process group and removes the temp folder. */
function cleanUp() {
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

let out = '';
server.stdout.on('data', (chunk) => {
  out += chunk.toString();
  const m = /Extension host agent listening on (\d+)/.exec(out);
  if (m && !out.includes('\u0000printed')) {
    out += '\u0000printed';
    const port = m[1];
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`], ['skipWelcome', 'true']];
    console.log('\nKeyGuard demo is running. Open this URL in a browser on this machine:\n');
    console.log(`  http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}\n`);
    console.log('Open bot.py and user_data/config.json, run "KeyGuard: Scan Workspace", and look at the Problems view.');
    console.log('Or try the CLI on the same files:  node dist/cli.js scan demo\n');
    console.log('Press Ctrl-C to stop.');
  }
});
server.stderr.on('data', (chunk) => { out += chunk.toString(); });
server.on('exit', (code) => {
  console.error(`VS Code server stopped (exit ${code}).${out.includes('EADDRINUSE') ? ` Port ${PORT} is busy: set KEYGUARD_DEMO_PORT.` : ''}`);
  cleanUp();
  process.exit(code ? 1 : 0);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanUp(); process.exit(0); });
