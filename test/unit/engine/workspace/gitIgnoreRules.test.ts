import * as assert from 'assert';
import * as path from 'path';
import { GitIgnoreRules, findRepo, nodeFs, nodeGit, noGit, UnreadableFileError, type Fs } from '../../../../src/engine';
import { Sandbox } from './sandbox';

/** Files every scenario checks: env files at several depths plus look-alikes. */
const PROBES = [
  '.env', '.env.local', '.env.example', 'prod.env', '.envrc',
  'a/.env', 'a/.env.local', 'a/b/.env', 'a/b/c/.env', 'a/keep.env',
  'conf/.env', 'conf/connectors/.env', 'conf/connectors/binance.yml',
  'build/.env', 'build/keep/.env', 'logs/x.log', 'Docs/.ENV', 'x/#notes', 'x/!bang', 'sp ace/.env',
];

/** Writes .gitignore files, then checks every probe against `git check-ignore --no-index`. */
async function crossCheck(sb: Sandbox, repo: string, files: Record<string, string>, probes = PROBES): Promise<void> {
  sb.write(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${repo}/${k}`, v])));
  const root = sb.path(repo);
  const info = await findRepo(nodeFs, root);
  const rules = await GitIgnoreRules.load(nodeFs, sb.git, root, info, sb.hostEnv);
  const expected = sb.checkIgnore(repo, probes);
  const mismatches: string[] = [];
  for (const p of probes) {
    const v = await rules.verdict(path.join(root, ...p.split('/')));
    if (v.ignored !== expected.has(p)) mismatches.push(`${p}: keyguard ${v.ignored ? 'ignored' : 'not ignored'}, git ${expected.has(p) ? 'ignored' : 'not ignored'}`);
  }
  assert.deepStrictEqual(mismatches, []);
}

describe('GitIgnoreRules (agrees with git check-ignore)', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.init('r');
  });
  afterEach(() => sb.remove());

  it('applies a plain root .gitignore', () => crossCheck(sb, 'r', { '.gitignore': 'node_modules/\n.env\n' }));

  it('applies nested .gitignore files, the deeper one winning (hummingbot conf/ layout)', () =>
    crossCheck(sb, 'r', {
      '.gitignore': '*.log\n',
      'conf/.gitignore': '.env\n!connectors/\n',
      'conf/connectors/.gitignore': '*.yml\n!.env\n',
      'a/.gitignore': '.env*\n',
      'a/b/.gitignore': '!.env\n',
    }));

  it('honours negation within one file, last match winning', () =>
    crossCheck(sb, 'r', { '.gitignore': '.env*\n!.env.example\n*.env\n!keep.env\n' }));

  it('never re-includes a file inside an ignored folder', () =>
    crossCheck(sb, 'r', { '.gitignore': 'build/\n!build/keep/\n!build/keep/.env\n', 'build/keep/.gitignore': '!.env\n' }));

  it('distinguishes directory patterns, anchors and double stars', () =>
    crossCheck(sb, 'r', { '.gitignore': '/conf/\na/**/.env\nb\n/.envrc\n**/c/\nsp ace/\n' }));

  it('reads CRLF line endings and a last line without a newline', () =>
    crossCheck(sb, 'r', { '.gitignore': '# secrets\r\n.env\r\n!a/.env\r\nprod.env', 'a/.gitignore': '.env.local\r\n' }));

  it('handles odd patterns: escapes, trailing spaces, comments, blank lines', () =>
    crossCheck(sb, 'r', { '.gitignore': '\\#notes\n\\!bang\n.env   \n# .envrc\n\n\n*.log\\ \n[Dd]ocs/\n' }));

  it('applies .git/info/exclude below every .gitignore', () =>
    crossCheck(sb, 'r', { '.git/info/exclude': '.env\n.env.local\nconf/\n', '.gitignore': '!.env.local\n' }));

  it('lets a higher-precedence file re-include a folder a lower one ignores', () =>
    crossCheck(sb, 'r', { '.git/info/exclude': 'conf/\n*.yml\n', '.gitignore': '!conf/\n' }));

  it('applies core.excludesFile from the global config', () => {
    sb.write({ 'home/.gitconfig': `[core]\n\texcludesFile = ${sb.path('home/global-ignore')}\n`, 'home/global-ignore': '.env\n*.env\n' });
    return crossCheck(sb, 'r', { '.gitignore': 'node_modules/\n' });
  });

  it('applies the default global ignore file $XDG_CONFIG_HOME/git/ignore', () => {
    sb.write({ 'home/.config/git/ignore': '.env*\n' });
    return crossCheck(sb, 'r', {});
  });

  it('expands ~/ in core.excludesFile', () => {
    sb.write({ 'home/.gitconfig': '[core]\n\texcludesfile = ~/.gitignore_global\n', 'home/.gitignore_global': '.envrc\n.env\n' });
    return crossCheck(sb, 'r', {});
  });

  it('uses the common git folder of a linked worktree for info/exclude', async () => {
    sb.write({ 'r/README.md': 'x\n', 'r/.git/info/exclude': '.env\n' });
    sb.commitAll('r');
    sb.gitSync('r', 'worktree', 'add', '-q', '../wt');
    const root = sb.path('wt');
    const info = await findRepo(nodeFs, root);
    assert.strictEqual(info?.commonDir, sb.path('r/.git'));
    const rules = await GitIgnoreRules.load(nodeFs, sb.git, root, info, sb.hostEnv);
    assert.strictEqual((await rules.verdict(path.join(root, '.env'))).ignored, true);
    assert.strictEqual(sb.checkIgnore('wt', ['.env']).has('.env'), true);
  });

  it('reports the deciding file and pattern', async () => {
    sb.write({ 'r/.gitignore': '*.log\n.env*\n' });
    const root = sb.path('r');
    const rules = await GitIgnoreRules.load(nodeFs, sb.git, root, await findRepo(nodeFs, root), sb.hostEnv);
    const v = await rules.verdict(path.join(root, 'a', '.env.local'));
    assert.deepStrictEqual({ ...v }, { ignored: true, source: path.join(root, '.gitignore'), pattern: '.env*' });
    const inDir = await rules.verdict(path.join(root, 'x.env', 'inner'));
    assert.strictEqual(inDir.ignored, false);
  });

  it('without a git binary, reads core.excludesFile from the config files and says so', async () => {
    sb.write({ 'home/.gitconfig': '[user]\n\tname = x\n[core]\n\texcludesFile = "~/ignores/global"  ; comment\n', 'home/ignores/global': '.env\n', 'r/.gitignore': 'prod.env\n' });
    const root = sb.path('r');
    const rules = await GitIgnoreRules.load(nodeFs, nodeGit({ binary: path.join(sb.dir, 'no-such-git') }), root, await findRepo(nodeFs, root), sb.hostEnv);
    assert.strictEqual((await rules.verdict(path.join(root, '.env'))).ignored, true);
    assert.strictEqual((await rules.verdict(path.join(root, 'prod.env'))).ignored, true);
    assert.strictEqual((await rules.verdict(path.join(root, '.env.local'))).ignored, false);
    assert.match(rules.notes.join('\n'), /git is not installed/);
  });

  it('skips an unreadable .gitignore with a note, as git does', async () => {
    const root = sb.path('r');
    sb.write({ 'r/.gitignore': '.env\n', 'r/a/.gitignore': '!.env\n' });
    const unreadable: Fs = {
      ...nodeFs,
      readFile: async (p) => {
        if (p === path.join(root, 'a', '.gitignore')) throw new UnreadableFileError(p, 'EACCES');
        return nodeFs.readFile(p);
      },
    };
    const rules = await GitIgnoreRules.load(unreadable, noGit('git disabled'), root, await findRepo(nodeFs, root), sb.hostEnv);
    assert.strictEqual((await rules.verdict(path.join(root, 'a', '.env'))).ignored, true);
    assert.match(rules.notes.join('\n'), /cannot read .*a[\\/]\.gitignore \(EACCES\)/);
  });

  it('follows core.ignoreCase', async () => {
    sb.gitSync('r', 'config', 'core.ignoreCase', 'true');
    sb.write({ 'r/.gitignore': '.env\n' });
    const root = sb.path('r');
    const rules = await GitIgnoreRules.load(nodeFs, sb.git, root, await findRepo(nodeFs, root), sb.hostEnv);
    assert.strictEqual((await rules.verdict(path.join(root, '.ENV'))).ignored, true);
    sb.gitSync('r', 'config', 'core.ignoreCase', 'false');
    const strict = await GitIgnoreRules.load(nodeFs, sb.git, root, await findRepo(nodeFs, root), sb.hostEnv);
    assert.strictEqual((await strict.verdict(path.join(root, '.ENV'))).ignored, false);
  });
});
