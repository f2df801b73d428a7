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

  it('never makes a caller a mover through its call findings (the CLI takes movers from the first pass)', () => {
    const all = { 'core/chain.js': CHAIN, 'commands/tip.js': TIP, 'bot.js': "const { onTip } = require('./commands/tip');\nonTip(user, 5);\n" };
    const index = new MoverIndex();
    feed(index, all, all);
    const withCalls = scanWith(DETECTORS, TIP, { path: 'commands/tip.js', movers: index.moversFor('commands/tip.js') }).findings;
    assert.ok(withCalls.some((f) => f.id === 'withdraw/wrapper-call'));
    index.setFile('commands/tip.js', TIP, withCalls);
    assert.deepStrictEqual(index.stale(), [], 'onTip did not become a mover');
    assert.deepStrictEqual(index.settle(), []);
    assert.strictEqual(index.moversFor('bot.js'), undefined);
  });
});
