import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planInputs } from '../../../jobs/planInputs.ts';
import { displaySubject } from '../../../app/output.ts';

let dir = '';
const OPTIONS = { maxBytes: 100_000, runId: 'test' };
const ARTICLE =
  'Harbour board approves the new quay\n\nThe harbour board approved the quay on Monday, its chair Mira Olsen said.\n';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-plan-'));
  await writeFile(join(dir, 'quay.txt'), ARTICLE);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('planInputs: what the user names', () => {
  test('a file:// URL (the URL claimdesk gives a file article) names its file, as its path does', async () => {
    const path = join(dir, 'quay.txt');
    const byPath = await planInputs([path], OPTIONS);
    const byUrl = await planInputs([pathToFileURL(path).href], OPTIONS);
    assert.deepEqual(byUrl.failures, []);
    assert.equal(byUrl.jobs.length, 1);
    assert.deepEqual(byUrl.jobs, byPath.jobs);
    const folder = await planInputs([pathToFileURL(dir).href], OPTIONS);
    assert.deepEqual(folder.jobs, byPath.jobs);
  });

  test('a URL of a scheme claimdesk does not read, or a file URL of another host, says so', async () => {
    const plan = await planInputs(
      ['ftp://example.org/a.txt', 'javascript:alert(1)', 'file://fileserver/share/a.txt'],
      OPTIONS,
    );
    assert.equal(plan.jobs.length, 0);
    const why = Object.fromEntries(plan.failures.map((f) => [f.subject, f.error]));
    assert.match(
      why['ftp://example.org/a.txt'] ?? '',
      /not a URL claimdesk reads: it fetches http and https/,
    );
    assert.match(why['javascript:alert(1)'] ?? '', /not a URL claimdesk reads/);
    assert.match(why['file://fileserver/share/a.txt'] ?? '', /not a file:\/\/ URL of this machine/);
    // Printed as given: it names no file here.
    assert.equal(displaySubject('file://fileserver/share/a.txt'), 'file://fileserver/share/a.txt');
  });

  test('a missing file is named as missing, not as a URL', async () => {
    const plan = await planInputs([join(dir, 'gone.txt')], OPTIONS);
    assert.match(plan.failures[0]?.error ?? '', /^no such file$/);
  });
});
