// The pure parts of the sidebar views: plurals, relative dates, the findings view's grouping and words,
// the status bar's state, and the Git History view's grouping.
import * as assert from 'assert';
import type { Finding, Severity } from '../../../src/engine';
import { findingDescription, findingLabel, groupFindings, statusState, type ViewFinding } from '../../../src/extension/views/findingGroups';
import { plural, pluralOf } from '../../../src/extension/views/plural';
import { calendarDaysBetween, relativeDate } from '../../../src/extension/views/relativeDate';
import { commitDescription, groupHistory, historySummary, type HistoryItem } from '../../../src/extension/history/historyGroups';

/** A finding of a rule at a line (offsets grow with the line). */
function finding(id: string, severity: Severity, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    id, category: id.split('/')[0], severity, title: id.split('/')[1], message: `${id} here`, masked: `ab${line}…yz`,
    range: { start: line * 100, end: line * 100 + 10, startLine: line, startColumn: 0, endLine: line, endColumn: 10 }, ...extra,
  };
}
const at = (uri: string, f: Finding, extra: Partial<ViewFinding> = {}): ViewFinding => ({ uri: `file:///w/${uri}`, path: uri, finding: f, ...extra });

describe('plurals', () => {
  it('counts nouns in words', () => {
    assert.strictEqual(plural(1, 'secret'), '1 secret');
    assert.strictEqual(plural(3, 'secret'), '3 secrets');
    assert.strictEqual(plural(0, 'finding'), '0 findings');
    assert.strictEqual(plural(0, 'finding', 'no'), 'no findings');
    assert.strictEqual(plural(2, 'entry'), '2 entries');
    assert.strictEqual(plural(2, 'match'), '2 matches');
    assert.strictEqual(plural(2, 'day'), '2 days');
    assert.strictEqual(pluralOf('info'), 'info');
  });
});

describe('relative dates', () => {
  const now = new Date(2026, 11, 4, 9, 30).getTime();
  it('says today, never "today ago"', () => {
    assert.strictEqual(relativeDate(new Date(2026, 11, 4, 0, 5).getTime(), now), 'today');
    assert.strictEqual(relativeDate(now + 3_600_000, now), 'today');
  });
  it('counts calendar days, not 24-hour spans', () => {
    assert.strictEqual(calendarDaysBetween(new Date(2026, 11, 3, 23, 50).getTime(), now), 1);
    assert.strictEqual(relativeDate(new Date(2026, 11, 3, 23, 50).getTime(), now), 'yesterday');
    assert.strictEqual(relativeDate(new Date(2026, 11, 1, 12).getTime(), now), '3 days ago');
  });
  it('switches to weeks, months and years', () => {
    assert.strictEqual(relativeDate(new Date(2026, 10, 13).getTime(), now), '3 weeks ago');
    assert.strictEqual(relativeDate(new Date(2026, 5, 1).getTime(), now), '6 months ago');
    assert.strictEqual(relativeDate(new Date(2024, 0, 1).getTime(), now), '2 years ago');
    assert.strictEqual(relativeDate(new Date(2025, 11, 1).getTime(), now), '12 months ago');
  });
});

describe('findings view grouping', () => {
  const items = [
    at('b.py', finding('secret/binance-api-secret', 'error', 9)),
    at('a.py', finding('secret/binance-api-secret', 'error', 4)),
    at('a.py', finding('secret/binance-api-secret', 'error', 2)),
    at('a.py', finding('withdraw/withdraw-call', 'warning', 7, { masked: undefined })),
    at('c.json', finding('secret/telegram-bot-token', 'error', 1)),
    at('t/test_a.py', finding('secret/binance-api-secret', 'info', 3)),
  ];

  it('groups severity → rule → file → finding, worst severity first, files by path, findings by position', () => {
    const groups = groupFindings(items);
    assert.deepStrictEqual(groups.map((g) => [g.severity, g.count]), [['error', 4], ['warning', 1], ['info', 1]]);
    const errors = groups[0];
    assert.deepStrictEqual(errors.rules.map((r) => [r.id, r.count]), [['secret/binance-api-secret', 3], ['secret/telegram-bot-token', 1]]);
    const binance = errors.rules[0];
    assert.deepStrictEqual(binance.files.map((f) => f.path), ['a.py', 'b.py']);
    assert.deepStrictEqual(binance.files[0].findings.map((f) => f.finding.range.startLine), [2, 4]);
    assert.deepStrictEqual(groups[2].rules[0].files.map((f) => f.path), ['t/test_a.py']);
  });

  it('labels a finding by its masked value (its title when it has none) and describes line, history and key check', () => {
    assert.strictEqual(findingLabel(items[0]), 'ab9…yz');
    assert.strictEqual(findingLabel(items[3]), 'withdraw-call');
    assert.strictEqual(findingDescription(items[0]), 'line 10');
    assert.strictEqual(findingDescription({ ...items[0], history: { commit: 'abc1234' } }), 'line 10 · committed in abc1234');
    assert.strictEqual(findingDescription({ ...items[0], history: { commit: 'abc1234', pushedTo: 'origin/main' }, verification: { level: 'critical', headline: 'x' } }), 'line 10 · pushed to origin/main · key check: critical');
    assert.strictEqual(findingDescription({ ...items[0], verification: { level: 'failed', headline: 'timeout' } }), 'line 10 · key check failed');
  });
});

describe('status bar state', () => {
  it('is a state, not a problem counter: on, n secrets, off', () => {
    assert.strictEqual(statusState(true, []).text, '$(shield) KeyGuard: on');
    const withdraw = [at('a.py', finding('withdraw/withdraw-call', 'warning', 1))];
    assert.strictEqual(statusState(true, withdraw).text, '$(shield) KeyGuard: on');
    assert.match(statusState(true, withdraw).tooltip, /1 other finding\b/);
    const one = statusState(true, [at('a.py', finding('secret/binance-api-secret', 'error', 1))]);
    assert.strictEqual(one.text, '$(warning) KeyGuard: 1 secret');
    assert.match(one.tooltip, /1 exposed secret in 1 file —/);
    const three = statusState(true, [1, 2, 3].map((l) => at(l === 3 ? 'b.py' : 'a.py', finding('secret/binance-api-secret', 'error', l))));
    assert.strictEqual(three.text, '$(warning) KeyGuard: 3 secrets');
    assert.match(three.tooltip, /3 exposed secrets in 2 files/);
    assert.strictEqual(statusState(false, []).text, '$(shield) KeyGuard: off');
  });
});

describe('git history view grouping', () => {
  const item = (commit: string, date: string, path: string, line: number, pushed = false): HistoryItem =>
    ({ root: '/r', commit, date, author: 'Ann', path, finding: finding('secret/binance-api-secret', 'error', line), pushed });
  it('groups commit (newest first) → file → finding', () => {
    const groups = groupHistory([
      item('a'.repeat(40), '2026-01-01T10:00:00Z', 'bot.py', 5),
      item('b'.repeat(40), '2026-03-01T10:00:00Z', 'z.py', 1, true),
      item('b'.repeat(40), '2026-03-01T10:00:00Z', 'a.py', 8, true),
      item('b'.repeat(40), '2026-03-01T10:00:00Z', 'a.py', 2, true),
    ]);
    assert.deepStrictEqual(groups.map((g) => g.commit[0]), ['b', 'a']);
    assert.deepStrictEqual(groups[0].files.map((f) => [f.path, f.findings.map((x) => x.finding.range.startLine)]), [['a.py', [2, 8]], ['z.py', [1]]]);
    assert.strictEqual(commitDescription(groups[0]), 'Ann · 3 findings · pushed');
    assert.strictEqual(commitDescription(groups[1]), 'Ann · 1 finding · not pushed');
  });
  it('summarises with proper plurals', () => {
    assert.strictEqual(historySummary(1, [], false), 'KeyGuard scanned 1 commit: no secrets in the history.');
    const one = [item('a'.repeat(40), '2026-01-01T10:00:00Z', 'bot.py', 5)];
    assert.strictEqual(historySummary(4, one, false), 'KeyGuard scanned 4 commits: 1 secret in 1 commit.');
    assert.match(historySummary(4, [item('a'.repeat(40), '2026-01-01T10:00:00Z', 'bot.py', 5, true)], true), /^KeyGuard stopped after scanning part of 4 commits: 1 secret in 1 commit, pushed: rotate/);
  });
});
