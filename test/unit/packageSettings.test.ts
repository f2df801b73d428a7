// Settings read top-down by importance in the Settings editor, under one "KeyGuard" title.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const config = pkg.contributes.configuration;

describe('package.json settings', () => {
  it('are titled KeyGuard and every one has an order', () => {
    assert.strictEqual(config.title, 'KeyGuard');
    for (const [k, v] of Object.entries<{ order?: number }>(config.properties)) assert.strictEqual(typeof v.order, 'number', `${k} has no order`);
  });

  it('put enable, the categories, the severities and the per-rule settings first', () => {
    const byOrder = Object.entries<{ order: number }>(config.properties).sort((a, b) => a[1].order - b[1].order).map(([k]) => k);
    assert.deepStrictEqual(byOrder.slice(0, 8), [
      'keyguard.enable', 'keyguard.secret.enabled', 'keyguard.withdraw.enabled', 'keyguard.gitignore.enabled',
      'keyguard.severity.secret', 'keyguard.severity.withdraw', 'keyguard.severity.gitignore', 'keyguard.rules',
    ]);
  });

  it('keyguard.rules takes off or a severity per rule id', () => {
    assert.deepStrictEqual(config.properties['keyguard.rules'].additionalProperties.enum, ['off', 'info', 'warning', 'error']);
  });
});
