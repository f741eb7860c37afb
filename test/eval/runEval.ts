// `npm run eval [-- SECTION...]`: claimdesk's quality figures on real data; a failed gate (CI floor) exits 1.
import type { EvalSection } from './evalSection.ts';
import { seedSection } from './seedSection.ts';
import { polnearSection } from './polnearSection.ts';
import { articleSection } from './articleSection.ts';
import { trafilaturaSection } from './trafilaturaSection.ts';
import { feedsSection } from './feedsSection.ts';
import { ecbplusSection } from './ecbplusSection.ts';
import { mrpcSection } from './mrpcSection.ts';
import { labelsSection } from './labelsSection.ts';
import { pairsSection } from './pairsSection.ts';
import { readabilitySection } from './readabilitySection.ts';

const sections: EvalSection[] = [
  seedSection,
  polnearSection,
  labelsSection,
  pairsSection,
  articleSection,
  trafilaturaSection,
  readabilitySection,
  feedsSection,
  mrpcSection,
  ecbplusSection,
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !sections.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`unknown eval section: ${unknown.join(', ')} (known: ${sections.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
let failed = 0;
for (const section of sections.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n== ${section.name} ==`);
  const started = performance.now();
  failed += (await section.run()).failedGates;
  console.log(`(${section.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(failed === 0 ? '\nall eval gates hold' : `\n${failed} eval gate(s) failed`);
if (failed > 0) process.exitCode = 1;
