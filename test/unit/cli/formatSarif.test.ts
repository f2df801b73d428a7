import * as assert from 'assert';
import { formatSarif } from '../../../src/cli/formatSarif';
import type { ScanReport } from '../../../src/cli/scanCommand';

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  properties: { tags: string[]; 'security-severity': string };
}

const empty: ScanReport = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [], root: '/r', rootUri: 'file:///r/', notes: [] };

describe('SARIF rule descriptors (what GitHub code scanning shows and ranks)', () => {
  const rules = (JSON.parse(formatSarif(empty, '1.0.0')).runs[0].tool.driver.rules as Rule[]);

  it('give every rule a full description and help (GitHub ingestion rule GH2012), with no template placeholders left', () => {
    assert.ok(rules.length > 40);
    for (const r of rules) {
      assert.ok(r.fullDescription.text.length > r.shortDescription.text.length, r.id);
      assert.ok(r.help.text.includes(r.helpUri) && r.help.markdown.includes(`](${r.helpUri})`), r.id);
      assert.doesNotMatch(`${r.fullDescription.text} ${r.help.text}`, /\{(masked|exchange|name)\}/, r.id);
      assert.match(r.name, /^[A-Z][A-Za-z0-9]+$/, r.id);
    }
  });

  it('tag every rule as security with a security-severity GitHub can rank (0.0–10.0, a number as a string)', () => {
    for (const r of rules) {
      assert.ok(r.properties.tags.includes('security'), r.id);
      const score = Number(r.properties['security-severity']);
      assert.ok(/^\d+\.\d$/.test(r.properties['security-severity']) && score >= 0 && score <= 10, r.id);
    }
    const score = (id: string) => Number(rules.find((r) => r.id === id)!.properties['security-severity']);
    assert.ok(score('secret/binance-api-secret') >= 9, 'a leaked exchange secret is critical');
    assert.ok(score('withdraw/internal-transfer') < score('withdraw/library-call'));
  });

  it('keep one descriptor per rule id, so ruleIndex is unambiguous', () => {
    assert.strictEqual(new Set(rules.map((r) => r.id)).size, rules.length);
  });
});
