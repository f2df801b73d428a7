import * as assert from 'assert';
import { parse } from 'dotenv';
import { scanText } from '../../../../src/engine';
import { applyEdits } from '../../../../src/engine/fixes/textEdit';
import { CannotMove, planMoveToEnv } from '../../../../src/engine/fixes/moveToEnv';
import { envTargetRefusal } from '../../../../src/engine/fixes/envTarget';
import { upsertEnvVar } from '../../../../src/engine/fixes/dotenvFile';
import { hasLoaderDependency } from '../../../../src/engine/fixes/dotenvLoader';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';

/** Scans, plans a move of every secret finding, and returns the new code and .env texts. */
function move(text: string, path: string, env?: string, example?: string, options?: { loadDotenv?: boolean }) {
  const findings = scanText(text, { path }).findings.filter((f) => f.category === 'secret');
  assert.ok(findings.length > 0, `the example must have a secret: ${path}`);
  const plan = planMoveToEnv(text, path, findings.map((finding) => ({ finding, value: text.slice(finding.range.start, finding.range.end) })), env, example, options);
  return { code: applyEdits(text, plan.codeEdits), env: plan.envText, plan };
}

describe('planMoveToEnv', () => {
  it('Python: key and secret of one constructor move together, import os is added after the docstring', () => {
    const text = `"""Bot."""\nfrom binance.client import Client\nclient = Client("${KEY}", "${SECRET}")\n`;
    const { code, env } = move(text, 'bot.py');
    assert.strictEqual(code, `"""Bot."""\nimport os\nfrom binance.client import Client\nclient = Client(os.environ["BINANCE_API_KEY"], os.environ["BINANCE_API_SECRET"])\n`);
    assert.deepStrictEqual(parse(env), { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET });
  });

  it('Python: keeps an existing import, handles CRLF and r-prefixed strings', () => {
    const text = `import os\r\nBINANCE_API_SECRET = r"${SECRET}"\r\n`;
    const { code, env } = move(text, 'bot.py', 'DEBUG=1\r\n');
    assert.strictEqual(code, `import os\r\nBINANCE_API_SECRET = os.environ["BINANCE_API_SECRET"]\r\n`);
    assert.strictEqual(env, `DEBUG=1\r\nBINANCE_API_SECRET=${SECRET}\r\n`);
  });

  it('TypeScript keeps the type a string; JavaScript uses process.env', () => {
    const ts = move(`const binanceApiSecret: string = '${SECRET}';\n`, 'bot.ts');
    assert.strictEqual(ts.code, `const binanceApiSecret: string = process.env.BINANCE_API_SECRET!;\n`);
    const js = move(`const client = new MainClient({ api_key: '${KEY}', api_secret: '${SECRET}' }); // binance\n`, 'bot.js');
    assert.strictEqual(js.code, `const client = new MainClient({ api_key: process.env.BINANCE_API_KEY, api_secret: process.env.BINANCE_API_SECRET }); // binance\n`);
  });

  it('Swift, Dart, C, C++, Scala, Lua, R, Elixir, Perl and PowerShell read the variable their own way, with the import it needs', () => {
    const cases: Array<[string, string, string]> = [
      ['Bot.swift', `let binanceApiSecret = "${SECRET}"\n`, `import Foundation\nlet binanceApiSecret = ProcessInfo.processInfo.environment["BINANCE_API_SECRET"] ?? ""\n`],
      ['bot.dart', `final binanceSecret = '${SECRET}';\n`, `import 'dart:io';\nfinal binanceSecret = Platform.environment['BINANCE_API_SECRET']!;\n`],
      ['bot.c', `#include <stdlib.h>\nconst char *BINANCE_API_SECRET = "${SECRET}";\n`, `#include <stdlib.h>\nconst char *BINANCE_API_SECRET = getenv("BINANCE_API_SECRET");\n`],
      ['bot.cpp', `const std::string BINANCE_API_SECRET = "${SECRET}";\n`, `#include <cstdlib>\nconst std::string BINANCE_API_SECRET = std::getenv("BINANCE_API_SECRET");\n`],
      ['Bot.scala', `val binanceSecret = "${SECRET}"\n`, `val binanceSecret = sys.env("BINANCE_API_SECRET")\n`],
      ['bot.lua', `local binance_secret = "${SECRET}"\n`, `local binance_secret = os.getenv("BINANCE_API_SECRET")\n`],
      ['bot.r', `binance_secret <- "${SECRET}"\n`, `binance_secret <- Sys.getenv("BINANCE_API_SECRET")\n`],
      ['bot.exs', `config :binance, secret_key: "${SECRET}"\n`, `config :binance, secret_key: System.fetch_env!("BINANCE_API_SECRET")\n`],
      ['bot.pl', `my $binance_secret = '${SECRET}';\n`, `my $binance_secret = $ENV{BINANCE_API_SECRET};\n`],
      ['run.ps1', `$binanceSecret = "${SECRET}"\n`, `$binanceSecret = $env:BINANCE_API_SECRET\n`],
    ];
    for (const [path, text, expected] of cases) {
      const { code, env } = move(text, path);
      assert.strictEqual(code, expected, path);
      assert.deepStrictEqual(parse(env), { BINANCE_API_SECRET: SECRET }, path);
    }
  });

  it('Go adds "os" to the import block', () => {
    const text = `package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\tclient := binance.NewClient("${KEY}", "${SECRET}")\n\tfmt.Println(client)\n}\n`;
    const { code } = move(text, 'main.go');
    assert.match(code, /import \(\n\t"os"\n\t"fmt"\n\)/);
    assert.match(code, /binance\.NewClient\(os\.Getenv\("BINANCE_API_KEY"\), os\.Getenv\("BINANCE_API_SECRET"\)\)/);
  });

  it('freqtrade config.json: values emptied, freqtrade variables named', () => {
    const text = `{\n  "max_open_trades": 3,\n  "exchange": {\n    "name": "binance",\n    "key": "${KEY}",\n    "secret": "${SECRET}"\n  }\n}\n`;
    const { code, env, plan } = move(text, 'user_data/config.json');
    assert.strictEqual(code, `{\n  "max_open_trades": 3,\n  "exchange": {\n    "name": "binance",\n    "key": "",\n    "secret": ""\n  }\n}\n`);
    assert.deepStrictEqual(parse(env), { FREQTRADE__EXCHANGE__KEY: KEY, FREQTRADE__EXCHANGE__SECRET: SECRET });
    assert.match(plan.notes.join(' '), /freqtrade reads FREQTRADE__EXCHANGE__KEY/);
  });

  it('notebook cell sources get the Python form, JSON-escaped', () => {
    const text = `{"cells": [{"source": ["client = Client(\\"${KEY}\\", s)  # binance\\n"]}]}`;
    const { code } = move(text, 'research.ipynb');
    assert.strictEqual(code, `{"cells": [{"source": ["client = Client(os.environ[\\"BINANCE_API_KEY\\"], s)  # binance\\n"]}]}`);
    assert.doesNotThrow(() => JSON.parse(code));
  });

  it('Dockerfile ENV lines are removed with a note', () => {
    const text = `FROM python:3.12\nENV BINANCE_API_SECRET=${SECRET}\nCMD ["python", "bot.py"]\n`;
    const { code, plan } = move(text, 'Dockerfile');
    assert.strictEqual(code, `FROM python:3.12\nCMD ["python", "bot.py"]\n`);
    assert.match(plan.notes[0], /--env-file/);
  });

  it('never clashes with a different value in .env, reuses an equal one, adds NAME= to .env.example', () => {
    const text = `BINANCE_API_SECRET = "${SECRET}"\n`;
    const clash = move(text, 'bot.py', `BINANCE_API_SECRET=other\n`, `BINANCE_API_SECRET=\n`);
    assert.match(clash.code, /os\.environ\["BINANCE_API_SECRET_2"\]/);
    assert.strictEqual(clash.plan.exampleText, `BINANCE_API_SECRET=\nBINANCE_API_SECRET_2=\n`);
    const same = move(text, 'bot.py', `BINANCE_API_SECRET=${SECRET}\n`);
    assert.strictEqual(same.env, `BINANCE_API_SECRET=${SECRET}\n`);
    assert.match(same.code, /os\.environ\["BINANCE_API_SECRET"\]/);
  });

  it('a rotation writes the new value to .env and takes the old one out of the code', () => {
    const text = `BINANCE_API_SECRET = "${SECRET}"\n`;
    const [finding] = scanText(text, { path: 'bot.py' }).findings;
    const plan = planMoveToEnv(text, 'bot.py', [{ finding, value: SECRET, newValue: KEY }], undefined);
    assert.strictEqual(plan.envText, `BINANCE_API_SECRET=${KEY}\n`);
    assert.ok(!applyEdits(text, plan.codeEdits).includes(SECRET));
  });

  it('refuses when the document changed since the finding', () => {
    const text = `BINANCE_API_SECRET = "${SECRET}"\n`;
    const [finding] = scanText(text, { path: 'bot.py' }).findings;
    assert.throws(() => planMoveToEnv(`# edited\n${text}`, 'bot.py', [{ finding, value: SECRET }], undefined), CannotMove);
  });

  it('upsertEnvVar quotes values dotenv must not mangle (PEM keys, spaces, #) and reads them back identically', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJq7Xv2Lm9Rt4Wc8Yz1Kp6Hd3Nf5Gs0Ba2Ue7Qi9Ox4\n-----END PRIVATE KEY-----';
    let env = upsertEnvVar(undefined, 'PEM', pem).text;
    env = upsertEnvVar(env, 'PASS', 'two words # not a comment').text;
    env = upsertEnvVar(env, 'QUOTE', `say "hi"`).text;
    env = upsertEnvVar(env, 'APOS', `it's`).text;
    assert.deepStrictEqual(parse(env), { PEM: pem, PASS: 'two words # not a comment', QUOTE: `say "hi"`, APOS: `it's` });
  });
  it('keeps a BOM, tabs and a secret inside a multi-line call; one line holding key and secret moves both', () => {
    const text = `\uFEFFfrom binance.client import Client\n\ndef make():\n\tclient = Client(\n\t\tapi_key="${KEY}",\n\t\tapi_secret="${SECRET}",\n\t)\n\treturn client\n`;
    const { code, env } = move(text, 'bot.py');
    assert.ok(code.startsWith('\uFEFF'), 'the BOM stays first');
    assert.strictEqual(code, `\uFEFFimport os\nfrom binance.client import Client\n\ndef make():\n\tclient = Client(\n\t\tapi_key=os.environ["BINANCE_API_KEY"],\n\t\tapi_secret=os.environ["BINANCE_API_SECRET"],\n\t)\n\treturn client\n`);
    assert.deepStrictEqual(parse(env), { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET });
  });
});

describe('…and load .env', () => {
  it('Python: load_dotenv() after the import block, before module code reads the environment', () => {
    const text = `#!/usr/bin/env python3\n"""Grid bot."""\nimport ccxt\nfrom binance.client import (\n    Client,\n)\n\n# settings\nclient = Client("${KEY}", "${SECRET}")\n`;
    const { code } = move(text, 'bot.py', undefined, undefined, { loadDotenv: true });
    assert.strictEqual(code, `#!/usr/bin/env python3\n"""Grid bot."""\nimport os\nimport ccxt\nfrom binance.client import (\n    Client,\n)\nfrom dotenv import load_dotenv\n\nload_dotenv()\n\n# settings\nclient = Client(os.environ["BINANCE_API_KEY"], os.environ["BINANCE_API_SECRET"])\n`);
  });

  it('Python without imports: import os and the loader in that order, below the shebang', () => {
    const { code } = move(`#!/usr/bin/env python3\nBINANCE_API_SECRET = "${SECRET}"\n`, 'bot.py', undefined, undefined, { loadDotenv: true });
    assert.strictEqual(code, `#!/usr/bin/env python3\nimport os\nfrom dotenv import load_dotenv\n\nload_dotenv()\nBINANCE_API_SECRET = os.environ["BINANCE_API_SECRET"]\n`);
  });

  it('Node: dotenv/config import for ES modules, require for CommonJS, after "use strict"', () => {
    const esm = move(`import { MainClient } from 'binance';\nconst c = new MainClient({ api_key: '${KEY}', api_secret: '${SECRET}' });\n`, 'bot.mjs', undefined, undefined, { loadDotenv: true });
    assert.ok(esm.code.startsWith(`import 'dotenv/config';\nimport { MainClient }`), esm.code);
    const cjs = move(`'use strict';\nconst { MainClient } = require('binance');\nconst c = new MainClient({ api_key: '${KEY}', api_secret: '${SECRET}' });\n`, 'bot.js', undefined, undefined, { loadDotenv: true });
    assert.ok(cjs.code.startsWith(`'use strict';\nrequire('dotenv').config();\nconst { MainClient }`), cjs.code);
  });

  it('Go: godotenv imported and loaded first thing in main; a file without main is refused', () => {
    const text = `package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\tclient := binance.NewClient("${KEY}", "${SECRET}")\n\tfmt.Println(client)\n}\n`;
    const { code } = move(text, 'main.go', undefined, undefined, { loadDotenv: true });
    assert.match(code, /import \(\n\t"os"\n\t"github\.com\/joho\/godotenv"\n\t"fmt"\n\)/);
    assert.match(code, /func main\(\) \{\n\tgodotenv\.Load\(\)[^\n]*\n\tclient := binance\.NewClient\(os\.Getenv/);
    const lib = `package exchange\n\nfunc New() *binance.Client {\n\treturn binance.NewClient("${KEY}", "${SECRET}")\n}\n`;
    assert.throws(() => move(lib, 'client.go', undefined, undefined, { loadDotenv: true }), CannotMove);
  });

  it('knows when the project depends on the loader', () => {
    assert.ok(hasLoaderDependency('python', [{ name: 'requirements.txt', text: 'ccxt==4.3\npython-dotenv>=1.0\n' }]));
    assert.ok(hasLoaderDependency('python', [{ name: 'pyproject.toml', text: 'dependencies = ["ccxt", "python-dotenv"]' }]));
    assert.ok(!hasLoaderDependency('python', [{ name: 'requirements.txt', text: 'ccxt\nrequests\n' }]));
    assert.ok(!hasLoaderDependency('python', [{ name: 'notes.txt', text: 'python-dotenv' }]));
    assert.ok(hasLoaderDependency('node', [{ name: 'package.json', text: '{"dependencies":{"dotenv":"^16.4.0"}}' }]));
    assert.ok(!hasLoaderDependency('node', [{ name: 'package.json', text: '{"dependencies":{"dotenv-expand":"1"}}' }]));
    assert.ok(!hasLoaderDependency('node', [{ name: 'package.json', text: '{"dependencies": {' }]), 'broken JSON counts as no');
    assert.ok(hasLoaderDependency('go', [{ name: 'go.mod', text: 'module bot\n\nrequire (\n\tgithub.com/joho/godotenv v1.5.1\n)\n' }]));
  });
});

describe('hard-coded fallbacks of env lookups', () => {
  it('Python getenv / environ.get: the fallback goes, the name the code reads gets the value', () => {
    const text = `import os\nfrom binance.client import Client\nkey = os.getenv("BINANCE_KEY", "${KEY}")\nsecret = os.environ.get('BINANCE_SECRET', '${SECRET}')\n`;
    const { code, env } = move(text, 'bot.py');
    assert.strictEqual(code, `import os\nfrom binance.client import Client\nkey = os.getenv("BINANCE_KEY")\nsecret = os.environ.get('BINANCE_SECRET')\n`);
    assert.deepStrictEqual(parse(env), { BINANCE_KEY: KEY, BINANCE_SECRET: SECRET });
  });

  it('JS || and TS ?? fallbacks go (TypeScript keeps a string with !)', () => {
    const js = move(`const b = new Binance().options({ APIKEY: process.env.BKEY || '${KEY}', APISECRET: process.env['BSECRET'] ?? '${SECRET}' });\n`, 'bot.js');
    assert.strictEqual(js.code, `const b = new Binance().options({ APIKEY: process.env.BKEY, APISECRET: process.env['BSECRET'] });\n`);
    assert.deepStrictEqual(parse(js.env), { BKEY: KEY, BSECRET: SECRET });
    const ts = move(`const binanceSecret: string = process.env.BINANCE_SECRET || '${SECRET}';\n`, 'bot.ts');
    assert.strictEqual(ts.code, `const binanceSecret: string = process.env.BINANCE_SECRET!;\n`);
  });

  it('keeps the fallback path correct when .env holds another value under that name', () => {
    const { code, env } = move(`import os\nBINANCE_API_SECRET = os.getenv("BINANCE_SECRET", "${SECRET}")\n`, 'bot.py', 'BINANCE_SECRET=other\n');
    const name = /os\.getenv\("BINANCE_SECRET", os\.environ\["(\w+)"\]\)/.exec(code)?.[1];
    assert.ok(name && name !== 'BINANCE_SECRET', code);
    assert.strictEqual(parse(env)[name], SECRET);
    assert.strictEqual(parse(env).BINANCE_SECRET, 'other');
  });

  it('"…and load .env" still adds the loader when only fallbacks moved', () => {
    const { code } = move(`import os\nBINANCE_API_SECRET = os.getenv("BINANCE_SECRET", "${SECRET}")\n`, 'bot.py', undefined, undefined, { loadDotenv: true });
    assert.match(code, /load_dotenv\(\)\nBINANCE_API_SECRET = os\.getenv\("BINANCE_SECRET"\)\n$/);
  });
});

describe('where "Move to .env" may write', () => {
  const facts = { exists: true, symlink: false, regularFile: true, tracked: false };

  it('writes to a new or an untracked plain .env, also when git cannot say', () => {
    assert.strictEqual(envTargetRefusal('.env', { ...facts, exists: false, regularFile: false }), undefined);
    assert.strictEqual(envTargetRefusal('.env', facts), undefined);
    assert.strictEqual(envTargetRefusal('.env', { ...facts, tracked: undefined }), undefined);
  });

  it('refuses a tracked .env and offers Stop tracking first', () => {
    const r = envTargetRefusal('.env', { ...facts, tracked: true });
    assert.strictEqual(r?.reason, 'tracked');
    assert.strictEqual(r?.offerStopTracking, true);
    assert.match(r!.message, /git tracks \.env: .* would be committed/);
  });

  it('refuses a .env that is a symlink (even an untracked one) or not a plain file', () => {
    assert.strictEqual(envTargetRefusal('.env', { ...facts, symlink: true })?.reason, 'symlink');
    assert.strictEqual(envTargetRefusal('.env', { ...facts, symlink: true, tracked: true })?.reason, 'symlink');
    assert.strictEqual(envTargetRefusal('.env', { ...facts, regularFile: false })?.reason, 'not-a-file');
  });
});
