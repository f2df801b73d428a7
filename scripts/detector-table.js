// Prints the README's detector table from the registry (run `npm run compile-tests` first).
const { DETECTORS } = require('../out/src/engine');

console.log('| rule id | finds | severity |');
console.log('|---|---|---|');
for (const d of DETECTORS) console.log(`| \`${d.id}\` | ${d.title} | ${d.severity} |`);
