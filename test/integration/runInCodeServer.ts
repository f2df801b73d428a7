// Runs the integration suite inside a real VS Code extension host without internet: the VS Code server
// bundled in code-server (installed by scripts/setup-vscode-server.sh) plus Debian's Chromium driven by
// playwright-core. The workbench's `payload` URL parameter loads the extension under development and the
// mocha suite; the workbench reports the suite's exit code through `codeAutomationExit`.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';

const ROOT = path.resolve(__dirname, '../../..');
// The code-server installed for this Node major (scripts/codeServerFor.js, plain JS shared with the demo).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SERVER_MAIN: string = (require(path.join(ROOT, 'scripts/codeServerFor.js')) as { serverMain(root: string): string }).serverMain(ROOT);
const SUITE = path.join(ROOT, 'out/test/integration/index.js');
const CHROMIUM = process.env.KEYGUARD_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.KEYGUARD_INTEGRATION_TIMEOUT_MS ?? 5 * 60_000);
/** `--restricted`: Workspace Trust on and the folder untrusted; runs only the suite in `restricted/`. */
const RESTRICTED = process.argv.includes('--restricted');

/** Prints a harness line (the suite's own output is printed as it arrives). */
function log(message: string): void {
  process.stdout.write(`[harness] ${message}\n`);
}

/** Starts the VS Code server detached (own process group) and resolves its port. */
function startServer(tmp: string, env: NodeJS.ProcessEnv): Promise<{ server: ChildProcess; port: number }> {
  const args = [
    SERVER_MAIN, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', ...(RESTRICTED ? [] : ['--disable-workspace-trust']),
    '--server-data-dir', path.join(tmp, 'server-data'), '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
  ];
  const server = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Extension host agent listening on (\d+)/.exec(out);
      if (m) resolve({ server, port: Number(m[1]) });
      if (process.env.KEYGUARD_SERVER_LOG) process.stderr.write(chunk);
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`VS Code server exited with ${code} before listening:\n${out.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`VS Code server did not report a port within 60 s:\n${out.slice(-2000)}`)), 60_000).unref();
  });
}

/** Kills a detached process group; ignores groups already gone. */
function killGroup(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already exited.
  }
}

async function main(): Promise<number> {
  if (!fs.existsSync(SERVER_MAIN)) {
    log(`code-server is not installed: run scripts/setup-vscode-server.sh (missing ${SERVER_MAIN})`);
    return 2;
  }
  if (!fs.existsSync(CHROMIUM)) {
    log(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set KEYGUARD_CHROMIUM)`);
    return 2;
  }
  if (!fs.existsSync(SUITE)) {
    log(`compiled suite not found at ${SUITE}: run npm run compile-tests`);
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-it-'));
  // KEYGUARD_IT_WORKSPACE opens a prepared folder instead (bench/scanOnOpen.md: a 50,000-file workspace).
  const workspace = process.env.KEYGUARD_IT_WORKSPACE ? path.resolve(process.env.KEYGUARD_IT_WORKSPACE) : path.join(tmp, 'workspace');
  if (!process.env.KEYGUARD_IT_WORKSPACE) {
    fs.mkdirSync(workspace);
    // Present before VS Code starts and never opened by a test: the scan on open must find it (scanOnOpen.test.ts).
    fs.cpSync(path.join(ROOT, 'test/fixtures/workspaces/scan-on-open'), path.join(workspace, 'scan-on-open'), { recursive: true });
  }
  // Everything VS Code and Chromium write goes to the temp folder, never to ~/.config or ~/.cache.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'), XDG_CACHE_HOME: path.join(tmp, 'cache'),
    TMPDIR: tmp, KEYGUARD_TEST_WORKSPACE: workspace, KEYGUARD_REPO_ROOT: ROOT,
    // Opens the test-only API of the development build (src/extension/testHooks.ts); the extension host inherits it.
    KEYGUARD_TEST_HOOKS: '1',
    ...(RESTRICTED ? { KEYGUARD_RESTRICTED: '1' } : {}),
  };
  if (RESTRICTED) log('restricted mode: Workspace Trust enabled, the test folder untrusted');
  const screenshots = process.env.KEYGUARD_SCREENSHOTS ? path.resolve(process.env.KEYGUARD_SCREENSHOTS) : undefined;
  let server: ChildProcess | undefined;
  let browser: import('playwright-core').Browser | undefined;
  const started = Date.now();
  try {
    const s = await startServer(tmp, env);
    server = s.server;
    log(`VS Code server listening on 127.0.0.1:${s.port} (${Date.now() - started} ms)`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      env: env as Record<string, string>,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      // Mocha's reporters log printf-style ('%s', …): format as Node's console would.
      const line = format(...(Array.isArray(args) ? args : [args]));
      // A test asks for a picture of the live workbench (the extension host is gone once the suite ends).
      const shot = /^KEYGUARD_SCREENSHOT ([\w.-]+)$/.exec(line);
      if (shot && screenshots) void liveScreenshot(page, screenshots, shot[1]);
      process.stdout.write(`${line}\n`);
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${s.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(SUITE)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `http://127.0.0.1:${s.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise<number>((resolve) => setTimeout(() => {
      log(`no result from the extension host within ${TIMEOUT_MS / 1000} s`);
      resolve(1);
    }, TIMEOUT_MS).unref());
    const code = await Promise.race([exit, timeout]);
    log(`suite finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0 || screenshots) {
      const dir = screenshots ?? path.join(ROOT, '.vscode-test', 'screenshots');
      fs.mkdirSync(dir, { recursive: true });
      // Open the Problems panel so the picture shows what the user would see.
      await page.keyboard.press('Control+Shift+M').catch(() => undefined);
      await page.waitForTimeout(1500);
      const file = path.join(dir, `workbench-${code === 0 ? 'pass' : 'fail'}-${Date.now()}.png`);
      await page.screenshot({ path: file });
      log(`screenshot: ${file}`);
    }
    return code;
  } catch (e) {
    log(`harness error: ${(e as Error).message}`);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    killGroup(server);
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Saves `<dir>/<name>.png` (written under another name first, so a test waiting for the file sees it whole). */
async function liveScreenshot(page: import('playwright-core').Page, dir: string, name: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: `${file}.part.png` });
  fs.renameSync(`${file}.part.png`, file);
  log(`screenshot: ${file}`);
}

main().then((code) => process.exit(code));
