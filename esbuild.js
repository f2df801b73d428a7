// Bundles the extension and the CLI; `vscode` stays external because the host provides it.
const esbuild = require('esbuild');

const production = require.main === module && process.argv.includes('--production');
const watch = require.main === module && process.argv.includes('--watch');

/** Logs build results the way VS Code's problem matchers expect. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * Production builds leave out the detectors' inline examples (every folder under detectors/): the unit tests run them from the sources,
 * and shipped fake keys would trip every secret scanner (vsce's own included) that looks at the .vsix.
 */
const stripExamples = {
  name: 'strip-detector-examples',
  setup(build) {
    const fs = require('fs');
    const ts = require('typescript');
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]detectors[\\/].+\.ts$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true);
      const ranges = [];
      const visit = (node) => {
        if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'examples') {
          ranges.push([node.initializer.getStart(file), node.initializer.getEnd()]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = text;
      for (const [start, end] of ranges.reverse()) out = out.slice(0, start) + '{ positive: [], negative: [] }' + out.slice(end);
      return { contents: out, loader: 'ts' };
    });
  },
};

const { version } = require('./package.json');

/** The options of both bundles; `production` as `npm run package` builds them (a unit test builds those too). */
function targetsFor({ production, watch }) {
  const common = {
    // KEYGUARD_TEST_BUILD: the integration tests' hooks (src/extension/testHooks.ts) exist only in development builds.
    define: { KEYGUARD_VERSION: JSON.stringify(version), KEYGUARD_TEST_BUILD: String(!production) },
    bundle: true,
    format: 'cjs',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [...(watch ? [problemMatcher] : []), ...(production ? [stripExamples] : [])],
  };
  return [
    { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  ];
}

async function main() {
  const contexts = await Promise.all(targetsFor({ production, watch }).map((t) => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

module.exports = { targetsFor };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
