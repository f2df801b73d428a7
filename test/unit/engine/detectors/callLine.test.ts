import * as assert from 'assert';
import { scanText } from '../../../../src/engine';

/** The 0-based lines of the withdraw findings of a text. */
function withdrawLines(text: string, path: string): number[] {
  return scanText(text, { path }).findings.filter((f) => f.category === 'withdraw').map((f) => f.range.startLine);
}

describe('withdrawal calls with their arguments one per line (callLine.ts)', () => {
  it('reports the call line of a request helper handed a withdrawal path and POST', () => {
    const text = 'def pull(self, asset, amount):\n    data = self._request(\n        "POST",\n        "/crypto/withdrawal",\n        body={"asset": asset},\n    )\n';
    assert.ok(withdrawLines(text, 'venue.py').includes(1), withdrawLines(text, 'venue.py').join());
  });

  it('never reports the call line of a router or a mocked response given the same arguments', () => {
    const text = 'router.add_route(\n    "POST",\n    "/api/v1/withdraw",\n    on_withdraw,\n)\nresponses.add(\n    responses.POST,\n    "/sapi/v1/capital/withdraw/apply",\n    json=ok,\n)\n';
    const lines = withdrawLines(text, 'app/routes.py');
    assert.ok(!lines.includes(0) && !lines.includes(5), lines.join());
  });
});
