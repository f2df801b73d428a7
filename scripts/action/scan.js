// Scan step of action.yml: runs `keyguard scan --format sarif`, writes the log, prints each finding
// (masked values only) as a workflow annotation, sets outputs, and fails at the chosen level.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const LEVELS = ['error', 'warning', 'note'];
const failOn = (process.env.INPUT_FAIL_ON || 'error').trim().toLowerCase();
if (![...LEVELS, 'never'].includes(failOn)) fail(`fail-on must be error, warning, note or never, not "${failOn}"`);

const cli = process.env.KEYGUARD_CLI || path.resolve(__dirname, '../../dist/cli.js');
const output = path.resolve((process.env.INPUT_OUTPUT || 'keyguard.sarif').trim());
const words = (s) => (s || '').split(/\s+/).filter(Boolean);
const argv = [cli, 'scan', ...words(process.env.INPUT_PATH || '.'), ...words(process.env.INPUT_ARGS), '--format', 'sarif'];

const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
// Exit 1 only means "findings"; 2 (usage or runtime error) and signals fail whatever fail-on says.
if (r.status !== 0 && r.status !== 1) fail(`keyguard scan failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.error?.message || '').trim()}`);
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, r.stdout);

const results = JSON.parse(r.stdout).runs[0].results;
const counts = { error: 0, warning: 0, note: 0 };
for (const res of results) {
  const level = LEVELS.includes(res.level) ? res.level : 'warning';
  counts[level]++;
  const loc = res.locations?.[0]?.physicalLocation;
  const file = loc?.artifactLocation?.uri ? decodeURI(loc.artifactLocation.uri) : '';
  const line = loc?.region?.startLine ?? 1;
  const col = loc?.region?.startColumn ?? 1;
  const command = level === 'note' ? 'notice' : level;
  console.log(`::${command} file=${escapeProperty(file)},line=${line},col=${col},title=${escapeProperty(res.ruleId)}::${escapeData(res.message.text)}`);
}
const summary = `KeyGuard: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s); SARIF written to ${path.relative(process.cwd(), output) || output}`;
console.log(summary);
setOutput({ 'sarif-file': output, errors: counts.error, warnings: counts.warning, notes: counts.note });
if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);

const failing = failOn === 'never' ? 0 : LEVELS.slice(0, LEVELS.indexOf(failOn) + 1).reduce((n, l) => n + counts[l], 0);
if (failing) fail(`${failing} finding(s) at ${failOn} level or above`);

/** Writes step outputs where GitHub reads them. */
function setOutput(values) {
  if (!process.env.GITHUB_OUTPUT) return;
  fs.appendFileSync(process.env.GITHUB_OUTPUT, Object.entries(values).map(([k, v]) => `${k}=${v}\n`).join(''));
}

/** Prints an error annotation and exits 1. */
function fail(message) {
  console.log(`::error::${escapeData(message)}`);
  process.exit(1);
}

/** Escapes a workflow-command message. */
function escapeData(s) {
  return String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property value. */
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
