import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { affectsAny, ENV_GUARD_SETTINGS, FINDING_SETTINGS, OTHER_SETTINGS } from '../../../src/extension/settingsScope';

/** A change event for the given settings, answering as VS Code does (a section or any setting under it). */
const changed = (...settings: string[]) => ({
  affectsConfiguration: (section: string) => settings.some((s) => s === section || s.startsWith(`${section}.`)),
});

describe('which settings re-lint', () => {
  const declared = Object.keys(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')).contributes.configuration.properties as Record<string, unknown>);

  it('every keyguard setting is classified exactly once, and the env guard\'s are finding settings', () => {
    const classified = [...FINDING_SETTINGS, ...OTHER_SETTINGS];
    assert.deepStrictEqual([...classified].sort(), [...new Set(declared)].sort(), 'a new setting must say whether it changes findings');
    assert.strictEqual(new Set(classified).size, classified.length);
    for (const s of ENV_GUARD_SETTINGS) assert.ok((FINDING_SETTINGS as readonly string[]).includes(s), s);
  });

  it('a rule or severity change re-lints; rotation days, exchange URLs, screen-share and the debounce do not', () => {
    assert.ok(affectsAny(changed('keyguard.rules'), FINDING_SETTINGS));
    assert.ok(affectsAny(changed('keyguard.severity.withdraw'), FINDING_SETTINGS));
    assert.ok(!affectsAny(changed('keyguard.severity.withdraw'), ENV_GUARD_SETTINGS), 'the env guard does not recheck git for a withdraw severity');
    assert.ok(affectsAny(changed('keyguard.maxFileSizeKB'), ENV_GUARD_SETTINGS));
    for (const s of ['keyguard.rotationDays', 'keyguard.exchangeBaseUrls', 'keyguard.screenShare.enabled', 'keyguard.debounceMs', 'editor.fontSize']) {
      assert.ok(!affectsAny(changed(s), FINDING_SETTINGS) && !affectsAny(changed(s), ENV_GUARD_SETTINGS), s);
    }
  });
});
