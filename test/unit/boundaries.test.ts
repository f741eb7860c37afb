import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBoundaryViolations, readProductFiles } from './findBoundaryViolations.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const product = readProductFiles(ROOT);

test('the product keeps its boundaries: no cycle, doors through jobs/ and store/, imports upstream only, SQL in store/', () => {
  assert.ok(product.size > 100 && product.has('app/cli.ts') && product.has('errors.ts'), 'the scan reads the product');
  const messages = findBoundaryViolations(product).map((v) => v.message);
  assert.deepEqual(messages, [], `\n${messages.join('\n')}`);
});

/** A small fake tree: each rule broken once, and the allowed imports beside them. */
const fake = new Map(
  Object.entries({
    'errors.ts': `export class ClaimdeskError extends Error {}`,
    'ingest/a.ts': `import { b } from './b.ts';\nexport const a = () => b();`,
    'ingest/b.ts': `import { a } from './a.ts';\nimport { ClaimdeskError } from '../errors.ts';\nexport const b = () => a();`,
    'ingest/c.ts': `import { x } from '../extract/x.ts';`,
    'extract/x.ts': `export const x = 1;\nexport type X = number;`,
    'dedupe/d.ts': `import type { X } from '../extract/x.ts';\nimport { x } from '../extract/x.ts';\nimport { type X as Y } from '../extract/x.ts';`,
    'store/s.ts': `import type { X } from '../extract/x.ts';\nexport { x } from '../extract/x.ts';\nconst q = 'SELECT 1';`,
    'store/t.ts': `import { run } from '../jobs/j.ts';`,
    'jobs/j.ts': `import { x } from '../extract/x.ts';\nimport { s } from '../store/s.ts';\nexport const run = () => import('../app/door.ts');`,
    'app/door.ts': `import { run } from '../jobs/j.ts';\nimport type { X } from '../extract/x.ts';\nconst sql = \`DELETE FROM claims WHERE id = \${id}\`;`,
    'app/web.ts': `const label = 'Select a claim, update the feeds';`,
    'app/old.ts': `import { b } from '../ingest/b.js';\nimport { c } from '../ingest/c';`,
  }),
);
const violations = findBoundaryViolations(fake);
const reported = (rule: string, pattern: RegExp) =>
  assert.ok(
    violations.some((v) => v.rule === rule && pattern.test(v.message)),
    `expected a ${rule} violation matching ${pattern}, got:\n${violations.map((v) => `${v.rule}: ${v.message}`).join('\n')}`,
  );

test('a cycle is reported as the path of its imports', () => {
  reported('cycle', /^import cycle: ingest\/a\.ts -> ingest\/b\.ts -> ingest\/a\.ts$/);
  // jobs -> app (dynamic) -> jobs is a cycle too.
  reported('cycle', /^import cycle: app\/door\.ts -> jobs\/j\.ts -> app\/door\.ts$/);
});

test('a door importing a stage is reported with its file and import, types included', () => {
  reported('door', /^app\/door\.ts:2 imports '\.\.\/extract\/x\.ts': the doors \(app\/\) use extract\/ only through jobs\/ or store\//);
});

test('SQL outside store/ is reported with its file and line; prose and store/ are not', () => {
  reported('sql', /^app\/door\.ts:3 holds SQL \('DELETE FROM\.\.\.'\)/);
  assert.ok(!violations.some((v) => v.message.startsWith('store/') && v.rule === 'sql'));
  assert.ok(!violations.some((v) => v.message.startsWith('app/web.ts')));
});

test('an import against the table is reported: upstream, values where types are allowed, jobs/ and app/', () => {
  reported('layer', /^ingest\/c\.ts:1 imports '\.\.\/extract\/x\.ts': ingest\/ may import nothing outside its folder/);
  reported('layer', /^dedupe\/d\.ts:2 imports '\.\.\/extract\/x\.ts': dedupe\/ may import only extract\/ types .*use `import type`/);
  // An inline `type` specifier still loads the module (verbatimModuleSyntax): only `import type` is a type import.
  reported('layer', /^dedupe\/d\.ts:3 imports '\.\.\/extract\/x\.ts'/);
  reported('layer', /^store\/s\.ts:2 imports '\.\.\/extract\/x\.ts': store\/ may import only/);
  reported('layer', /^store\/t\.ts:1 imports '\.\.\/jobs\/j\.ts'/);
  reported('layer', /^jobs\/j\.ts:3 imports '\.\.\/app\/door\.ts'/);
  // Specifiers without the .ts extension resolve as TypeScript resolves them.
  reported('door', /^app\/old\.ts:1 imports '\.\.\/ingest\/b\.js'/);
  reported('door', /^app\/old\.ts:2 imports '\.\.\/ingest\/c'/);
  const allowed = ['dedupe/d.ts:1', 'store/s.ts:1', 'jobs/j.ts:1', 'jobs/j.ts:2', 'app/door.ts:1', 'ingest/b.ts:2'];
  for (const where of allowed) assert.ok(!violations.some((v) => v.message.startsWith(`${where} `)), `${where} is allowed`);
  assert.equal(violations.length, 12, violations.map((v) => v.message).join('\n'));
});
