// A bounded fuzz run in every `npm test` (longer runs: `npm run fuzz`): parsers and extractors never crash
// and never take a second on one input.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { property, TARGETS } from '../fuzz/targets.ts';

const RUNS = Number(process.env.CLAIMDESK_FUZZ_RUNS ?? 150);

describe('fuzz (bounded)', () => {
  for (const target of TARGETS) {
    test(`${target.name} survives ${RUNS} generated inputs`, async () => {
      await fc.assert(property(target), { numRuns: RUNS });
    });
  }

  test('the harness catches a crash (a target that throws a plain error fails)', async () => {
    const crashing = { name: 'crash', arbitrary: fc.string(), run: () => JSON.parse('{') as unknown };
    await assert.rejects(fc.assert(property(crashing), { numRuns: 5 }), /Property failed/);
  });
});
