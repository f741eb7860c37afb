// `npm run eval`: the quality figures of claimdesk on the seed articles (a gate: a failed check exits 1).
import { checkSeedClaims } from './seedChecks.ts';
import { claimsOfFiles, seedFiles } from './runSeeds.ts';

const claims = await claimsOfFiles(await seedFiles());
const checks = checkSeedClaims(claims);
console.log(`seeds: ${claims.length} canonical claims (${claims.filter((c) => c.article_count > 1).length} carried by several articles)`);
for (const c of checks) {
  console.log(`${c.pass ? 'PASS' : c.gate ? 'FAIL' : 'MISS'}  ${c.gate ? '' : '(reported) '}${c.name}\n      ${c.detail}`);
}
const quotes = claims.filter((c) => c.kind !== 'number');
console.log(`quote claims without a speaker: ${quotes.filter((c) => !c.speaker).length} of ${quotes.length}`);
const gates = checks.filter((c) => c.gate);
const failedGates = gates.filter((c) => !c.pass).length;
console.log(`seed checks: ${checks.filter((c) => c.pass).length} of ${checks.length} hold; gates: ${gates.length - failedGates} of ${gates.length}`);
if (failedGates > 0) process.exitCode = 1;
