import { analyzeText } from './extract/analyzeText.ts';
import { extractQuotes } from './extract/extractQuotes.ts';
const lede = 'Ferry fares go to a vote.\n\nThe harbour board meets on Thursday to vote on the new fares.\n\n';
const lines = (await import('node:fs')).readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim());
for (const s of lines) {
  const ms = extractQuotes(analyzeText(lede + s)).filter((m) => m.kind === 'statement' || m.kind === 'quote');
  console.log('#', s);
  for (const m of ms) console.log('   ', m.kind, JSON.stringify(m.text), '->', m.speaker);
}
