import * as assert from 'assert';
import { DETECTORS, fileKindOf, PathIndex, scanWith, workspacePathOptions } from '../../../../src/engine';

const API = "export const API = {\n  TRANSFERS: '/api/transfers',\n  SEND: '/api/transfers/send',\n};\n";
const SERVICE = "import { API } from '../common/api';\n\nexport class PayoutService {\n  async toWallet(body) {\n    return this.http.post(API.SEND, body, this.auth());\n  }\n}\n";
const LISTS = "import { API } from '../common/api';\n\nexport const list = (http) => http.get(API.TRANSFERS);\n";

/** The editor's diagnosis of a file: scanned with the options the index hands it, then recorded. */
function diagnose(index: PathIndex, path: string, text: string): void {
  index.setFile(path, text, scanWith(DETECTORS, text, { path, ...index.optionsFor(path) }).findings);
}

/** Second looks at the stale files, then settles and re-diagnoses the changed ones until nothing changes; returns every file re-diagnosed. */
function settleAll(index: PathIndex, all: Record<string, string>): string[] {
  const seen = new Set<string>();
  for (let round = 0; round < 5; round++) {
    for (const p of index.stale()) index.setUses(p, all[p]);
    const changed = index.settle();
    if (changed.length === 0) break;
    for (const p of changed) {
      seen.add(p);
      if (p in all) diagnose(index, p, all[p]);
    }
  }
  return [...seen].sort();
}

/** The workspace answer of the same files (what the tests' examples and the CLI compute). */
function workspaceAnswer(all: Record<string, string>) {
  const files = Object.entries(all).map(([path, text]) => ({ path, text, kind: fileKindOf(path) }));
  return workspacePathOptions(files, (f, o) => scanWith(DETECTORS, f.text, { path: f.path, ...o }).findings);
}

describe('crossfile: the editor\'s path-constant index', () => {
  it('hands a user recorded before the constants file its constants, then the definer the ones it posts, as the workspace scan does', () => {
    const all = { 'src/payout/service.ts': SERVICE, 'src/payout/lists.ts': LISTS, 'src/common/api.ts': API };
    const index = new PathIndex();
    diagnose(index, 'src/payout/service.ts', SERVICE);
    diagnose(index, 'src/payout/lists.ts', LISTS);
    assert.deepStrictEqual(index.stale(), [], 'nothing linked: no second look');
    diagnose(index, 'src/common/api.ts', API);
    assert.deepStrictEqual(index.stale().sort(), ['src/payout/lists.ts', 'src/payout/service.ts'], 'a new link makes the other files stale');
    assert.deepStrictEqual(settleAll(index, all), ['src/common/api.ts', 'src/payout/service.ts']);
    const want = workspaceAnswer(all);
    for (const p of Object.keys(all)) assert.deepStrictEqual(index.optionsFor(p), want.get(p), p);
    assert.deepStrictEqual(index.optionsFor('src/common/api.ts')?.postedConstants?.map((c) => c.name), ['SEND']);
  });

  it('hands each template-cloned connector its own folder\'s constant, and re-links when a clone\'s constants file is deleted', () => {
    const client = "import { API } from './api';\n\nexport const pay = (http, b) => http.post(API.SEND, b);\n";
    const all: Record<string, string> = {
      'a/api.ts': API, 'a/pay.ts': client,
      'b/api.ts': "export const API = {\n  SEND: '/api/payouts/send',\n};\n", 'b/pay.ts': client,
      'c/pay.ts': client,
    };
    const index = new PathIndex();
    for (const [p, t] of Object.entries(all)) diagnose(index, p, t);
    settleAll(index, all);
    const want = workspaceAnswer(all);
    for (const p of Object.keys(all)) assert.deepStrictEqual(index.optionsFor(p), want.get(p), p);
    assert.strictEqual(index.optionsFor('b/pay.ts')?.pathConstants?.[0].path, '/api/payouts/send');
    assert.strictEqual(index.optionsFor('a/pay.ts')?.pathConstants?.[0].path, '/api/transfers/send');
    assert.strictEqual(index.optionsFor('c/pay.ts'), undefined, 'as near to both: ambiguous');
    index.delete('b/api.ts');
    delete all['b/api.ts'];
    assert.ok(index.stale().includes('c/pay.ts'), 'one definition left: the other files take a second look');
    settleAll(index, all);
    assert.strictEqual(index.optionsFor('c/pay.ts')?.pathConstants?.[0].file, 'a/api.ts');
    const after = workspaceAnswer(all);
    for (const p of Object.keys(all)) assert.deepStrictEqual(index.optionsFor(p), after.get(p), p);
  });

  it('re-reads no file when the constants file only moves a line; the users get the new line, as the workspace scan gives it', () => {
    const all: Record<string, string> = { 'src/payout/service.ts': SERVICE, 'src/payout/lists.ts': LISTS, 'src/common/api.ts': API };
    const index = new PathIndex();
    for (const [p, t] of Object.entries(all)) diagnose(index, p, t);
    settleAll(index, all);
    all['src/common/api.ts'] = `\n${API}`;
    diagnose(index, 'src/common/api.ts', all['src/common/api.ts']);
    assert.deepStrictEqual(index.stale(), [], 'the same names linked: no file needs a second look');
    settleAll(index, all);
    const want = workspaceAnswer(all);
    for (const p of Object.keys(all)) assert.deepStrictEqual(index.optionsFor(p), want.get(p), p);
    assert.strictEqual(index.optionsFor('src/payout/service.ts')?.pathConstants?.[0].line, 3);
  });

  it('re-diagnoses the users when the constants file changes a path; takes the options back when the use turns into a GET, and when the constants file is deleted', () => {
    const all: Record<string, string> = { 'src/payout/service.ts': SERVICE, 'src/common/api.ts': API };
    const index = new PathIndex();
    for (const [p, t] of Object.entries(all)) diagnose(index, p, t);
    settleAll(index, all);
    all['src/common/api.ts'] = API.replace('/api/transfers/send', '/api/transfers/offramp');
    diagnose(index, 'src/common/api.ts', all['src/common/api.ts']);
    assert.deepStrictEqual(settleAll(index, all), ['src/common/api.ts', 'src/payout/service.ts']);
    assert.strictEqual(index.optionsFor('src/payout/service.ts')?.pathConstants?.[0].path, '/api/transfers/offramp');
    assert.strictEqual(index.optionsFor('src/common/api.ts')?.postedConstants?.[0].path, '/api/transfers/offramp');
    all['src/payout/service.ts'] = SERVICE.replace('http.post(', 'http.get(');
    diagnose(index, 'src/payout/service.ts', all['src/payout/service.ts']);
    assert.deepStrictEqual(settleAll(index, all), ['src/common/api.ts']);
    assert.strictEqual(index.optionsFor('src/common/api.ts'), undefined);
    index.delete('src/common/api.ts', true);
    delete all['src/common/api.ts'];
    assert.deepStrictEqual(settleAll(index, all), ['src/payout/service.ts']);
    assert.strictEqual(index.optionsFor('src/payout/service.ts'), undefined);
  });
});
