import * as assert from 'assert';
import { fileKindOf, filePathConstants, linkedFor, linkPathConstants, usedPathConstants } from '../../../../src/engine';

/** The names a file at `from` sees linked. */
function seen(lists: Parameters<typeof linkPathConstants>[0], from = 'main.ts'): string[] {
  return linkedFor(linkPathConstants(lists), from).map((c) => c.name);
}

/** A file's path names as `name=path@line` (lines 1-based). */
function names(path: string, text: string): string[] {
  return filePathConstants(text, path, fileKindOf(path)).map((c) => `${c.name}=${c.path}@${c.line + 1}${c.posts === undefined ? '' : c.posts ? ' post' : ' get'}`);
}

describe('path constants (crossfile/pathConstants.ts)', () => {
  it('reads constants, object members, enum members and config keys, and no request field or module path', () => {
    assert.deepStrictEqual(names('src/c.rs', 'pub const OUT_KRW: &str = "/v1/withdraws/krw";\nconst X: u8 = 1;'), ['OUT_KRW=/v1/withdraws/krw@1']);
    assert.deepStrictEqual(names('c/k.go', 'const (\n\tpathOut = "/open-api/v1/wallet/withdrawal"\n\tname = "/x/y"\n)'), ['pathOut=/open-api/v1/wallet/withdrawal@2']);
    assert.deepStrictEqual(names('a.ts', "import x from './lib/x';\nexport const R = {\n  SEND: '/api/transfers/send',\n  url: '/api/other',\n};"), ['SEND=/api/transfers/send@3']);
    assert.deepStrictEqual(names('P.java', 'enum P {\n    PULL(HttpMethod.POST, "/v1/withdraw"),\n    LIST("/v1/withdrawals/history", HttpMethod.GET);\n}'), ['PULL=/v1/withdraw@2 post', 'LIST=@3 get']);
    assert.deepStrictEqual(names('src/main/resources/application.yml', 'ex:\n  api:\n    out-path: "/v2/withdrawal" # posted\n  host: api.example.org\nother: 1'), ['ex.api.out-path=/v2/withdrawal@3']);
    assert.deepStrictEqual(names('app.properties', 'ex.out-path=/v2/withdrawal\nex.name=bot'), ['ex.out-path=/v2/withdrawal@1']);
    assert.deepStrictEqual(names('b.py', 'import os\nx = 1'), []);
    assert.deepStrictEqual(names('README.md', '```py\nWITHDRAW_URL = "/v1/withdraw"\n```'), []);
  });

  it('keeps only an action\'s path: another string with a slash (a secret may hold one) is kept empty', () => {
    assert.deepStrictEqual(names('cfg.ts', 'export const awsSecret = "Kq7Xz/Mw2Pd9Lr4Tb8Vn/Hs3Jc6Fg1Yk0AeUi5O";\nexport const OUT = "/api/v3/withdraw";'), ['awsSecret=@1', 'OUT=/api/v3/withdraw@2']);
    // A name an action path in one file and something else in another is ambiguous, as before.
    const a = filePathConstants('export const OUT = "/api/v3/withdraw";', 'a.ts', 'typescript');
    const b = filePathConstants('export const OUT = "/static/img/logo";', 'b.ts', 'typescript');
    assert.deepStrictEqual(seen([a, b]), []);
  });

  it('links a name whose definitions agree on an action path, not one two files give different paths', () => {
    const a = filePathConstants("export const A = { SEND: '/api/transfers/send', LIST: '/api/transfers' };", 'a.ts', 'typescript');
    const b = filePathConstants("export const B = { SEND: '/api/chat/send', OUT: '/api/transfers/offramp' };", 'b.ts', 'typescript');
    assert.deepStrictEqual(seen([a]), ['SEND']);
    assert.deepStrictEqual(seen([a, b]), ['OUT']);
  });

  it('gives a file the definition in its nearest folder when template-cloned folders give one name different paths', () => {
    const okx = filePathConstants("WITHDRAWAL_COIN = '/api/v5/asset/withdrawal'", 'OKEX/okex/consts.py', 'python');
    const xt = filePathConstants("WITHDRAWAL_COIN = '/v4/withdraw'", 'XT/xt/consts.py', 'python');
    const links = linkPathConstants([okx, xt]);
    const at = (file: string) => linkedFor(links, file).map((c) => `${c.name}=${c.path}`);
    assert.deepStrictEqual(at('OKEX/okex/Funding_api.py'), ['WITHDRAWAL_COIN=/api/v5/asset/withdrawal']);
    assert.deepStrictEqual(at('XT/xt/client/funding.py'), ['WITHDRAWAL_COIN=/v4/withdraw']);
    // As near to both (the root, a third connector): ambiguous, as before.
    assert.deepStrictEqual(at('main.py'), []);
    assert.deepStrictEqual(at('BINGX/bingx/Funding_api.py'), []);
    // The nearest definition decides even when it is no action: the name means something else there.
    const other = filePathConstants("WITHDRAWAL_COIN = '/static/coin'", 'BINGX/bingx/consts.py', 'python');
    assert.deepStrictEqual(linkedFor(linkPathConstants([okx, other]), 'BINGX/bingx/Funding_api.py'), []);
    // Agreeing clones: the nearest is the one handed (it is reported where the user's request posts it).
    const okx2 = filePathConstants("WITHDRAWAL_COIN = '/api/v5/asset/withdrawal'", 'OKEX-2/okex/consts.py', 'python');
    assert.deepStrictEqual(linkedFor(linkPathConstants([okx, okx2]), 'OKEX-2/okex/Funding_api.py').map((c) => c.file), ['OKEX-2/okex/consts.py']);
  });

  it('finds a file\'s uses: qualified, bare when specific, through a Spring key; not its own name or a definition', () => {
    const linked = linkPathConstants([
      filePathConstants("export const A = { SEND: '/api/transfers/send' };\nexport const PULL_OUT_PATH = '/v1/withdraws/coin';", 'a.ts', 'typescript'),
      filePathConstants('ex:\n  out-path: /v2/withdrawal', 'application.yaml', 'yaml'),
    ]);
    const used = (path: string, text: string) => usedPathConstants(text, path, fileKindOf(path), linked).map((c) => c.name).sort();
    assert.deepStrictEqual(used('b.ts', 'http.post(A.SEND, b);\npost(PULL_OUT_PATH, b);'), ['PULL_OUT_PATH', 'SEND']);
    assert.deepStrictEqual(used('c.ts', 'socket.emit(SEND, b);'), []);
    assert.deepStrictEqual(used('d.ts', "const PULL_OUT_PATH = '/v9/x';\npost(PULL_OUT_PATH);"), []);
    assert.deepStrictEqual(used('a.ts', 'http.post(A.SEND, b);'), []);
    assert.deepStrictEqual(used('E.java', '@Value("${ex.out-path}")\nprivate String outPath;'), ['ex.out-path']);
  });
});
