import type { EvalSection } from './evalSection.ts';
import { checkSeedClaims } from './seedChecks.ts';
import { claimsOfFiles, seedFiles } from './runSeeds.ts';

/** The seed articles: the canonical-claim checks of the foundation and canonical-claims issues. */
export const seedSection: EvalSection = {
  name: 'seeds',
  async run() {
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
    return { failedGates };
  },
};
