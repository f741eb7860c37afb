// `npm run fuzz [-- --seconds 300] [--target NAME]`: fuzz every target for a time budget, printing the
// inputs run and the slowest; a failure prints fast-check's seed and the shrunk input, and exits 1.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { property, TARGETS } from './targets.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '300' }, target: { type: 'string' } } });
const targets = TARGETS.filter((t) => !values.target || t.name === values.target);
if (targets.length === 0) {
  console.error(`unknown target ${values.target}; targets: ${TARGETS.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
const budgetMs = (Number(values.seconds) * 1000) / targets.length;
let failed = 0;
for (const target of targets) {
  const started = performance.now();
  let runs = 0;
  while (performance.now() - started < budgetMs) {
    const result = await fc.check(property(target), { numRuns: 200 });
    runs += result.numRuns;
    if (result.failed) {
      console.log(`FAIL ${target.name}: ${fc.defaultReportMessage(result)}`);
      failed++;
      break;
    }
  }
  console.log(`${target.name}: ${runs} inputs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
process.exitCode = failed > 0 ? 1 : 0;
