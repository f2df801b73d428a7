import * as assert from 'assert';
import { addIgnoreEntry, ignoreEntryFor } from '../../../../src/engine';

describe('addIgnoreEntry', () => {
  it('creates the text of a missing .gitignore', () => {
    assert.strictEqual(addIgnoreEntry(undefined, '.env'), '.env\n');
    assert.strictEqual(addIgnoreEntry('', '.env'), '.env\n');
  });

  it('appends after a final newline without adding blank lines', () => {
    assert.strictEqual(addIgnoreEntry('node_modules/\n', '.env'), 'node_modules/\n.env\n');
  });

  it('adds a newline only where the last line lacks one', () => {
    assert.strictEqual(addIgnoreEntry('node_modules/', '.env'), 'node_modules/\n.env\n');
  });

  it('keeps CRLF files CRLF, including a last line without a break', () => {
    assert.strictEqual(addIgnoreEntry('dist/\r\n*.log\r\n', '.env'), 'dist/\r\n*.log\r\n.env\r\n');
    assert.strictEqual(addIgnoreEntry('dist/\r\n*.log', '.env'), 'dist/\r\n*.log\r\n.env\r\n');
  });

  it('keeps every existing byte, BOM, comments and trailing spaces included', () => {
    const text = '\ufeff# build\r\nout/  \n\n*.pyc\t\n';
    const result = addIgnoreEntry(text, '.env');
    assert.ok(result.startsWith(text));
    assert.strictEqual(result.slice(text.length), '.env\r\n');
  });

  it('never duplicates an entry, and recognises equivalent ones', () => {
    for (const existing of ['.env', '/.env', '.env*', '*.env', '**/.env', '.env\n# later comment', '.*']) {
      const text = `${existing}\n`;
      assert.strictEqual(addIgnoreEntry(text, '.env'), text, existing);
    }
    assert.strictEqual(addIgnoreEntry('.env*\n', '.env.*'), '.env*\n');
    assert.strictEqual(addIgnoreEntry('.env\n', '.env'), '.env\n');
  });

  it('adds the entry again when a later negation re-includes it', () => {
    assert.strictEqual(addIgnoreEntry('.env\n!.env\n', '.env'), '.env\n!.env\n.env\n');
  });

  it('does not take a look-alike for the entry', () => {
    assert.strictEqual(addIgnoreEntry('.envrc\nenv/\n.env.example\n', '.env'), '.envrc\nenv/\n.env.example\n.env\n');
  });

  it('keeps .env.example visible when one exists', () => {
    assert.strictEqual(addIgnoreEntry('', '.env', { exampleExists: true }), '.env\n!.env.example\n');
    assert.strictEqual(addIgnoreEntry('*.log\n', '.env.*', { exampleExists: true }), '*.log\n.env.*\n!.env.example\n');
    assert.strictEqual(addIgnoreEntry('.env*\n!.env.example\n', '.env', { exampleExists: true }), '.env*\n!.env.example\n');
    assert.strictEqual(addIgnoreEntry('', '.env.*', { examples: ['.env.example', '.env.sample'] }), '.env.*\n!.env.example\n!.env.sample\n');
  });

  it('checks the paths it is told the entry must cover', () => {
    assert.strictEqual(addIgnoreEntry('bot/.env\n', '.env', { paths: ['.env', 'bot/.env'] }), 'bot/.env\n.env\n');
    assert.strictEqual(addIgnoreEntry('.env\n', '.env', { paths: ['.env', 'bot/.env'] }), '.env\n');
  });
});

describe('ignoreEntryFor', () => {
  it('picks the pattern GitHub templates use for each kind of env file', () => {
    assert.deepStrictEqual(
      ['.env', 'bot/.env.local', '.env.production', 'config/prod.env', '.envrc'].map(ignoreEntryFor),
      ['.env', '.env.*', '.env.*', '*.env', '.envrc'],
    );
  });
});
