import * as assert from 'assert';
import { isGenerated, isGeneratedPath, looksMinified } from '../../../../src/engine';
import { generatedByContent } from '../../../../src/engine/find/generatedFiles';

describe('generated files', () => {
  it('knows minified files, source maps and framework output by their path', () => {
    for (const p of [
      'static/_nuxt/app.3f2a9c.js', 'web/.next/static/chunks/main.js', '.nuxt/dist/client.js', '.output/public/index.mjs',
      'assets/vendor.min.js', 'css/site.min.css', 'web/app.js.map', 'build/static/js/main.8f3e.js',
      'frontend/out/bundle.js', 'public/build/app.css', 'lib/app.bundle.js', 'src\\web\\_nuxt\\entry.js',
      'web/vue/dist/app.5e99ecf7.js', 'dist/chunk-vendors.b9a11975.js', 'web/dist/assets/index-BKx9fZ2a.js', 'pkg/web_dist/style.css',
    ]) assert.ok(isGeneratedPath(p), p);
  });

  it('never takes a bot\'s own source or config for generated', () => {
    for (const p of [
      'bot.py', 'src/index.js', 'src/strategy.ts', 'build/settings.py', 'dist/config.json', 'build/.env', 'out/keys.yaml',
      'scripts/build.js', 'builder/index.js', 'distance.js', 'static/js/app.js', 'demo/bot.js', 'minify.js',
      'check-out/bot.js', 'node-dist/bot.py', 'dist/index.js', 'out/lib/global.js', 'pkg/node-dist/sdk.js', 'dist/fund-transfer2.js',
      // A Jito bundle sender is source wherever it is not build output; a dated backup is no content hash.
      'src/bundle.js', 'jito/bundle.js', 'dist/backup-20231105.js', 'build/static/settings.py',
    ]) assert.ok(!isGeneratedPath(p), p);
  });

  it('knows a minified bundle by its long lines, but not a config written on one line', () => {
    const bundle = `!function(){${'var a=function(e){return e+1};'.repeat(300)}}();\n`;
    assert.ok(looksMinified('web/app.js', bundle));
    assert.ok(isGenerated('web/app.js', bundle));
    assert.ok(!looksMinified('user_data/config.json', `{"exchange": {"key": "k"${', "x": 1'.repeat(600)}}}`));
    const code = `${'const a = 1;\n'.repeat(400)}const long = "${'x'.repeat(2500)}";\n`;
    assert.ok(!looksMinified('src/data.js', code), 'one long line in an ordinary file');
    assert.ok(!looksMinified('web/app.js', 'var a=1;'));
  });

  it('reads a compiled module in a build folder, and skips a bundle there by its runtime or size', () => {
    const compiled = '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nasync function withdraw(coin, address, amount) {\n  return client.post("/sapi/v1/capital/withdraw/apply", { coin, address, amount });\n}\n';
    assert.strictEqual(generatedByContent('dist/src/index.js', compiled), undefined);
    assert.ok(!isGenerated('out/lib/global.js', compiled));
    assert.strictEqual(generatedByContent('dist/index.js', `/******/ (() => { // webpackBootstrap\n${compiled}`), 'bundle');
    assert.strictEqual(generatedByContent('dist/index.mjs', `var __commonJS = (cb, mod) => mod;\nvar require_axios = __commonJS({});\n${compiled}`), 'bundle');
    assert.strictEqual(generatedByContent('build/sdk.js', `${compiled}${'// line\n'.repeat(40000)}`), 'bundle');
    assert.strictEqual(generatedByContent('src/index.js', `/******/ ${compiled}`), undefined, 'only build folders');
    assert.strictEqual(generatedByContent('dist/config.json', '{"__webpack_require__": 1}'), undefined, 'only scripts');
  });

  it('knows wasm-bindgen glue by its mangled imports, and not a file that mentions them', () => {
    const glue = `let wasm;\n${Array.from({ length: 30 }, (_, i) => `export function f${i}(p) { wasm.__wbg_withdraw${i}_free(p); }\n`).join('')}imports.wbg.__wbindgen_throw = t;\n`;
    assert.strictEqual(generatedByContent('pkg/sdk.js', glue), 'wasm-bindgen glue');
    assert.ok(isGenerated('pkg/sdk.js', glue));
    assert.strictEqual(generatedByContent('pkg/sdk.rs', glue), undefined, 'only JavaScript glue');
    assert.strictEqual(generatedByContent('bot.js', 'exchange.withdraw(a); // __wbg_ __wbindgen\n'), undefined);
  });
});
