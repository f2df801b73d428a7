import * as assert from 'assert';
import { scanText } from '../../../../src/engine';

// Forty secret assignments: past the first few findings, suppression markers are looked up in an index of the text.
function value(i: number): string {
  return `Q${(i * 7919).toString(36)}x9LmZt8qW2xN5vB7kM1pR4sL`.slice(0, 28);
}

describe('suppressions in a file of many findings', () => {
  it('drop the findings whose line or comment line above carries a marker, wherever they come', () => {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      if (i === 30) lines.push('# keyguard:allow');
      const marker = i === 20 ? '  # gitleaks:allow' : i === 25 ? '  # keyguard:allow withdraw' : i === 35 ? '  # KEYGUARD:ALLOW secret' : '';
      lines.push(`api_secret_${i} = "${value(i)}"${marker}`);
    }
    const text = lines.join('\n');
    const found = scanText(text, { path: 'bot.py' }).findings.map((f) => f.assignedName);
    const expected = [...Array(40).keys()].filter((i) => i !== 20 && i !== 30 && i !== 35).map((i) => `api_secret_${i}`);
    assert.deepStrictEqual(found, expected);
  });

  it('still read a long line whole, as the line check cuts it', () => {
    const filler = 'z'.repeat(5000);
    const lines = [...Array(12).keys()].map((i) => `api_secret_${i} = "${value(i)}"`);
    lines.push(`api_secret_x = "${value(99)}" # ${filler} keyguard:allow`);
    const found = scanText(lines.join('\n'), { path: 'bot.py' }).findings.map((f) => f.assignedName);
    // On a line longer than 8 KB only its first and last 4 KB are read: the marker at its end counts.
    assert.ok(!found.includes('api_secret_x'));
    assert.strictEqual(found.length, 12);
  });
});
