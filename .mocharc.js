// Unit-suite settings. Test files named on the command line run alone: mocha would otherwise add them to
// the whole-suite spec below, so `npx mocha out/test/unit/x.test.js` ran every test.
const named = process.argv.slice(2).some((a) => /\.test\.js$/.test(a));
module.exports = {
  ...(named ? {} : { spec: ['out/test/unit/**/*.test.js'] }),
  timeout: 20000,
  reporter: './test/plainSummaryReporter.js',
};
