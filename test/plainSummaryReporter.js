// Mocha's dot reporter plus one plain closing line, "N passed, N failed", that any CI log reader understands.
const Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class PlainSummaryReporter extends Mocha.reporters.Dot {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      console.log(`${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}

module.exports = PlainSummaryReporter;
