import * as assert from 'assert';
import { DETECTORS, fileKindOf, MoverIndex, scanWith, workspaceMovers, type Mover } from '../../../../src/engine';

const CHAIN = 'async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\nmodule.exports = { sendToken };\n';
const TIP = "const { sendToken } = require('../core/chain');\nasync function onTip(user, amount) {\n  await sendToken(user.address, amount);\n}\n";
const TOAST = 'function sendToken(to, amount) {\n  return toast.show(to, amount);\n}\n';

/** A file's own scan, as the editor's diagnosis makes it. */
function findings(path: string, text: string) {
  return scanWith(DETECTORS, text, { path }).findings;
}

/** Records files in order, takes the second look at the stale ones, settles; returns what changed. */
function feed(index: MoverIndex, files: Record<string, string>, all: Record<string, string>): string[] {
  for (const [path, text] of Object.entries(files)) index.setFile(path, text, findings(path, text));
  for (const path of index.stale()) index.setUses(path, all[path]);
  return index.settle().sort();
}

/** The CLI's answer for the same files (crossfile/fundMovers.ts). */
function cliAnswer(files: Record<string, string>): Map<string, Mover[]> {
  return workspaceMovers(Object.entries(files).map(([path, text]) => ({ path, text, kind: fileKindOf(path), findings: findings(path, text) })));
}

describe('crossfile: the editor\'s mover index', () => {
  it('links a caller recorded before the mover once the second look has seen it, as the CLI does', () => {
    const all = { 'commands/tip.js': TIP, 'core/chain.js': CHAIN, 'README.md': 'sendToken pays tips\n' };
    const index = new MoverIndex();
    assert.deepStrictEqual(feed(index, { 'commands/tip.js': TIP, 'README.md': all['README.md'] }, all), [], 'no mover yet: nothing to link');
    assert.deepStrictEqual(index.stale(), [], 'no names, no second look');
    index.setFile('core/chain.js', CHAIN, findings('core/chain.js', CHAIN));
    assert.deepStrictEqual(index.stale().sort(), ['README.md', 'commands/tip.js'], 'a new name makes the other files stale');
    assert.deepStrictEqual(feed(index, {}, all), ['commands/tip.js']);
    assert.deepStrictEqual(index.moversFor('commands/tip.js'), cliAnswer(all).get('commands/tip.js'));
    assert.strictEqual(index.moversFor('commands/tip.js')?.[0].path, 'core/chain.js');
  });

  it('unlinks when a file defines the same name harmlessly, and when the mover file is deleted', () => {
    const all = { 'core/chain.js': CHAIN, 'commands/tip.js': TIP, 'ui/toast.js': TOAST };
    const index = new MoverIndex();
    feed(index, { 'core/chain.js': CHAIN, 'commands/tip.js': TIP }, all);
    assert.ok(index.moversFor('commands/tip.js'));
    assert.deepStrictEqual(feed(index, { 'ui/toast.js': TOAST }, all), ['commands/tip.js']);
    assert.strictEqual(index.moversFor('commands/tip.js'), undefined);
    assert.strictEqual(cliAnswer(all).get('commands/tip.js'), undefined, 'the CLI agrees');
    index.delete('ui', true);
    assert.deepStrictEqual(index.settle(), ['commands/tip.js'], 'the look-alike gone, the link is back');
    index.delete('core/chain.js');
    assert.deepStrictEqual(index.stale(), []);
    assert.deepStrictEqual(index.settle(), ['commands/tip.js']);
    assert.strictEqual(index.moversFor('commands/tip.js'), undefined);
  });

  it('says when a re-recorded file changed nothing, and when an edit stops the call', () => {
    const all = { 'core/chain.js': CHAIN, 'commands/tip.js': TIP };
    const index = new MoverIndex();
    feed(index, all, all);
    assert.strictEqual(index.setFile('commands/tip.js', TIP, findings('commands/tip.js', TIP)), false);
    assert.strictEqual(index.setFile('core/chain.js', CHAIN, findings('core/chain.js', CHAIN)), false);
    const edited = TIP.replace('await sendToken(user.address, amount);', 'log(user.address);');
    assert.strictEqual(index.setFile('commands/tip.js', edited, findings('commands/tip.js', edited)), true);
    assert.deepStrictEqual(index.settle(), ['commands/tip.js']);
    assert.strictEqual(index.moversFor('commands/tip.js'), undefined);
  });

  it('follows callers of callers as the CLI does: three layers, never a fourth, from any order of diagnoses', () => {
    for (const order of [Object.keys(LAYERS), Object.keys(LAYERS).reverse()]) {
      const index = new MoverIndex();
      editorLoop(index, Object.fromEntries(order.map((p) => [p, LAYERS[p]])));
      assert.deepStrictEqual(linksOf(index, LAYERS), cliLinks(LAYERS), order.join(' '));
    }
    assert.deepStrictEqual(Object.keys(cliLinks(LAYERS)), ['services/payout.js', 'commands/withdraw.js', 'jobs/nightly.js'], 'cli.js is a fourth layer');
  });

  it('links a caller of a name that becomes a mover in a later layer, as the CLI does', () => {
    const files = {
      'core/chain.js': MOVE,
      'wallets/hot.js': MOVE.replace(/moveTokens/g, 'payOut'),
      'wallets/cold.js': "const { moveTokens } = require('../core/chain');\nasync function payOut(to, amount) {\n  return moveTokens(to, amount);\n}\n",
      'commands/pay.js': "const { payOut } = require('../wallets/hot');\nawait payOut(user.address, 5);\n",
    };
    for (const order of [Object.keys(files), Object.keys(files).reverse()]) {
      const index = new MoverIndex();
      editorLoop(index, Object.fromEntries(order.map((p) => [p, files[p as keyof typeof files]])));
      assert.deepStrictEqual(linksOf(index, files), cliLinks(files), order.join(' '));
      // Of two equal movers, the first by path: the same whatever order the editor diagnosed them in.
      assert.deepStrictEqual(index.moversFor('commands/pay.js')?.map((m) => m.path), ['wallets/cold.js']);
    }
  });

  it('drops every layer when the sender goes, callers calling each other included', () => {
    const files = { ...LAYERS, 'services/payout.js': `${LAYERS['services/payout.js']}async function retryAll() {\n  await processWithdraw(failed);\n}\n` };
    const index = new MoverIndex();
    editorLoop(index, files);
    assert.ok(index.moversFor('jobs/nightly.js'));
    const harmless = { ...files, 'core/chain.js': 'function moveTokens(to, amount) {\n  return log(to, amount);\n}\n' };
    editorLoop(index, harmless, ['core/chain.js']);
    assert.deepStrictEqual(linksOf(index, harmless), {});
    assert.deepStrictEqual(cliLinks(harmless), {});
  });

  it('a name added makes the other files stale, a name dropped does not', () => {
    const index = new MoverIndex();
    const files = { 'core/chain.js': MOVE, 'services/payout.js': LAYERS['services/payout.js'], 'README.md': 'payUser and moveTokens\n' };
    editorLoop(index, files);
    const hot = MOVE.replace(/moveTokens/g, 'payOut');
    index.setFile('wallets/hot.js', hot, findings('wallets/hot.js', hot));
    assert.deepStrictEqual(index.stale().sort(), ['README.md', 'core/chain.js', 'services/payout.js']);
    for (const p of index.stale()) index.setUses(p, files[p as keyof typeof files]);
    index.delete('wallets/hot.js');
    assert.deepStrictEqual(index.stale(), [], 'a name dropped needs no look');
    assert.deepStrictEqual(index.settle(), []);
  });
});

const MOVE = 'async function moveTokens(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\nmodule.exports = { moveTokens };\n';

/** A chain of helpers across files: the sender, three layers of callers, and a fourth the CLI does not follow. */
const LAYERS: Record<string, string> = {
  'core/chain.js': MOVE,
  'services/payout.js': "const { moveTokens } = require('../core/chain');\nasync function payUser(user, amount) {\n  return moveTokens(user.address, amount);\n}\n",
  'commands/withdraw.js': "const { payUser } = require('../services/payout');\nasync function processWithdraw(ctx) {\n  await payUser(ctx.user, ctx.amount);\n}\n",
  'jobs/nightly.js': "const { processWithdraw } = require('../../../../src/engine/detectors/withdraw/restEndpoint');\nasync function nightly() {\n  await processWithdraw(queued);\n}\n",
  'cli.js': "const { nightly } = require('./jobs/nightly');\nnightly();\n",
};

/**
 * The editor's loop (FundMoverIndex): diagnose the `fresh` files, take the second looks, settle, diagnose again the
 * files whose callees changed with their movers, until a settle changes nothing.
 */
function editorLoop(index: MoverIndex, files: Record<string, string>, fresh = Object.keys(files)): void {
  const diagnose = (p: string) => index.setFile(p, files[p], scanWith(DETECTORS, files[p], { path: p, movers: index.moversFor(p) }).findings);
  fresh.forEach(diagnose);
  for (let round = 0; round < 10; round++) {
    for (const p of index.stale()) index.setUses(p, files[p]);
    const changed = index.settle();
    if (changed.length === 0) return;
    changed.forEach(diagnose);
  }
  assert.fail('the index did not settle');
}

/** Which files the editor links, and to which movers, as `path: [mover path:name severity]`. */
function linksOf(index: MoverIndex, files: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of Object.keys(files)) {
    const m = index.moversFor(p);
    if (m) out[p] = m.map((x) => `${x.path}:${x.name} ${x.severity}`);
  }
  return out;
}

/** The same for the CLI's layers (crossfile/fundMovers.ts, rescanning each linked file as crossFilePass does). */
function cliLinks(files: Record<string, string>): Record<string, string[]> {
  const list = Object.entries(files).map(([path, text]) => ({ path, text, kind: fileKindOf(path), findings: findings(path, text) }));
  const movers = workspaceMovers(list, (f, m) => scanWith(DETECTORS, f.text, { path: f.path, movers: m }).findings);
  const out: Record<string, string[]> = {};
  for (const p of Object.keys(files)) {
    const m = movers.get(p);
    if (m) out[p] = m.map((x) => `${x.path}:${x.name} ${x.severity}`);
  }
  return out;
}
