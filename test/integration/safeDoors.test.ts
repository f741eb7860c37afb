// The attacks of issue 17 on `claims serve`, over a real port with the real queue dashboard on Redis: forged
// writes from another origin, DNS rebinding (a foreign Host), two challenges in one header, and bad
// parameters that used to reach PostgreSQL and give 500.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { startWebServer } from '../../app/web/startWebServer.ts';
import { InputError } from '../../errors.ts';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { encodeCursor } from '../../store/search.ts';
import { seedFiles } from '../eval/runSeeds.ts';
import { createTestDatabase, TEST_REDIS_URL, uniquePrefix } from './services.ts';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Header names and values as sent, repeated headers apart. */
  raw: string[];
  body: string;
}

/** One request with exactly these headers (fetch would not let a test set Host or Sec-Fetch-Site). */
function send(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: res.rawHeaders, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ADD_PATH = '/admin/queues/api/queues/fetch/add';
/** The job of the issue's attack: a document of its own, which would become a claim with an invented quote. */
const FORGED_JOB = JSON.stringify({
  name: 'fetch',
  data: { url: 'https://forged.example/a', body: '<p>"We invented this," the minister said.</p>' },
});

describe('safe doors: claims serve against a hostile browser page', () => {
  let runtime: Runtime;
  let server: { url: string; close(): Promise<void> };
  let host: string;
  const cleanups: Array<() => Promise<void>> = [];
  const waiting = async () => (await runtime.queues!.queues.fetch.getJobCounts('waiting', 'delayed', 'prioritized')) as Record<string, number>;
  const queued = async () => Object.values(await waiting()).reduce((a, b) => a + b, 0);

  before(async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    runtime = await openRuntime(
      loadConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: uniquePrefix(), LOG_LEVEL: 'silent' }),
    );
    cleanups.unshift(() => runtime.close());
    const queues = runtime.queues!;
    cleanups.unshift(async () => {
      await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true })));
    });
    // The seeds go in without the queues, so the dashboard's queues start empty.
    const local = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }));
    try {
      const plan = await planInputs(await seedFiles(), { maxBytes: local.config.fetch.maxBytes, runId: 'doors' });
      await local.run(plan.jobs, { wait: true });
    } finally {
      await local.close();
    }
    server = await startWebServer({ db: runtime.db, queues, apiToken: null, port: 0, host: '127.0.0.1', allowQueueActions: true });
    cleanups.unshift(() => server.close());
    host = new URL(server.url).host;
  });

  after(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  });

  test('attack 1: a form or no-cors fetch from another origin cannot add a job through the dashboard', async () => {
    const attacker = 'http://127.0.0.1:9999';
    const forged: Array<[string, Record<string, string>]> = [
      ['a text/plain form from another loopback port', { origin: attacker, 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' }],
      ['a no-cors fetch from another site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain;charset=UTF-8' }],
      ['a JSON body with a foreign Origin and no Sec-Fetch-Site', { origin: attacker, 'content-type': 'application/json' }],
      ['a sandboxed frame (Origin: null)', { origin: 'null', 'content-type': 'application/json' }],
    ];
    for (const [what, headers] of forged) {
      const answer = await send(server.url, ADD_PATH, { method: 'POST', headers, body: FORGED_JOB });
      assert.equal(answer.status, 403, what);
      assert.equal(JSON.parse(answer.body).error.code, 'cross_origin', what);
    }
    for (const method of ['PUT', 'DELETE']) {
      const answer = await send(server.url, '/admin/queues/api/queues/fetch/clean/completed', { method, headers: { origin: attacker, 'sec-fetch-site': 'same-site' } });
      assert.equal(answer.status, 403, method);
    }
    const plain = await send(server.url, ADD_PATH, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: FORGED_JOB });
    assert.equal(plain.status, 415, 'a body that is not JSON is refused even without an Origin');
    const form = await send(server.url, ADD_PATH, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `x=${FORGED_JOB}` });
    assert.equal(form.status, 415);
    assert.equal(await queued(), 0, 'no forged job reached the queue');

    // The dashboard's own calls (same origin, JSON) and programs (no Origin) still work.
    const own = await send(server.url, ADD_PATH, {
      method: 'POST',
      headers: { origin: `http://${host}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'fetch', data: { url: 'https://example.org/own' }, options: { delay: 3_600_000 } }),
    });
    assert.equal(own.status, 200, own.body);
    assert.equal(await queued(), 1);
    const pause = await send(server.url, '/admin/queues/api/queues/pause', { method: 'PUT', headers: { origin: `http://${host}`, 'sec-fetch-site': 'same-origin' } });
    assert.ok(pause.status < 300, `pause: ${pause.status} ${pause.body}`);
  });

  test('attack 1: queue actions without a token are refused beyond loopback', async () => {
    await assert.rejects(
      startWebServer({ db: runtime.db, queues: runtime.queues, apiToken: null, port: 0, host: '0.0.0.0', publicHosts: ['news.example'], allowQueueActions: true }),
      (error: unknown) => error instanceof InputError && /--allow-queue-actions .* needs CLAIMS_API_TOKEN/.test(error.message),
    );
  });

  test('attack 2: a foreign Host gets 421 before any route, the known names are answered', async () => {
    for (const path of ['/api/claims', '/api/export?format=csv', '/', '/admin/queues', '/healthz', '/nowhere']) {
      const answer = await send(server.url, path, { headers: { host: 'attacker.example' } });
      assert.equal(answer.status, 421, path);
      assert.ok(!answer.body.includes('Peskov'), path);
    }
    const port = new URL(server.url).port;
    assert.equal((await send(server.url, '/api/claims', { headers: { host: `attacker.example:${port}` } })).status, 421);
    assert.equal((await send(server.url, '/api/claims', { headers: { host: 'localhost:1' } })).status, 421, 'another port is another origin');
    for (const name of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      assert.equal((await send(server.url, '/api/claims?limit=1', { headers: { host: name } })).status, 200, name);
    }
  });

  test('attack 2: every HTML answer, the dashboard included, forbids framing, sniffing and scripts of others', async () => {
    for (const path of ['/', '/feeds', '/jobs', '/nowhere', '/?limit=0', '/admin/queues', '/admin/queues/queue/fetch']) {
      const answer = await send(server.url, path);
      assert.match(String(answer.headers['content-type']), /text\/html/, path);
      const csp = String(answer.headers['content-security-policy'] ?? '');
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /default-src 'none'/, path);
      assert.ok(!/script-src[^;]*(unsafe-inline|\*|https?:)/.test(csp), `${path}: ${csp}`);
      assert.equal(answer.headers['x-frame-options'], 'DENY', path);
      assert.equal(answer.headers['x-content-type-options'], 'nosniff', path);
    }
    const dashboard = await send(server.url, '/admin/queues');
    assert.match(String(dashboard.headers['content-security-policy']), /script-src 'self'/);
  });

  test('attack 3: each challenge of a 401 has a WWW-Authenticate header of its own', async () => {
    const token = 'a-token-of-at-least-16-chars';
    const locked = await startWebServer({ db: runtime.db, queues: null, apiToken: token, port: 0, host: '127.0.0.1', allowQueueActions: false });
    try {
      const refused = await send(locked.url, '/');
      assert.equal(refused.status, 401);
      const challenges = refused.raw.filter((_, i) => i % 2 === 0 && refused.raw[i]?.toLowerCase() === 'www-authenticate').length;
      assert.equal(challenges, 2);
      const values = refused.raw.filter((_, i) => i % 2 === 1 && refused.raw[i - 1]?.toLowerCase() === 'www-authenticate');
      assert.ok(values.some((v) => /^Basic realm="claimdesk"/.test(v)) && values.some((v) => /^Bearer realm="claimdesk"$/.test(v)), values.join(' | '));
      const basic = `Basic ${Buffer.from(`journalist:${token}`).toString('base64')}`;
      assert.equal((await send(locked.url, '/', { headers: { authorization: basic } })).status, 200);
    } finally {
      await locked.close();
    }
  });

  test('attack 4: NUL, control characters and out-of-range cursors are a 400 naming the parameter', async () => {
    const spread = (values: unknown[]) => Buffer.from(JSON.stringify({ s: 'spread', v: values })).toString('base64url');
    const cases: Array<[string, string]> = [
      ['/api/claims?q=Pes%00kov', 'q'],
      ['/api/claims?speaker=%00', 'speaker'],
      ['/api/claims?outlet=Reuters%07', 'outlet'],
      ['/api/claims?q=a%0Db', 'q'],
      ['/api/export?q=%00', 'q'],
      [`/api/claims?q=${'a'.repeat(1001)}`, 'q'],
      ['/api/claims?since=-271821-04-20', 'since'],
      ['/api/claims?until=%2B275760-09-13', 'until'],
      ['/api/claims?min_outlets=1e308', 'min_outlets'],
      [`/api/claims?sort=spread&after=${spread([1e308, 1, 1, 'c_1'])}`, 'after'],
      [`/api/claims?sort=spread&after=${spread([5.5, 1, 1, 'c_1'])}`, 'after'],
      [`/api/claims?sort=spread&after=${spread([1, 1, 1, 'c_\u0000'])}`, 'after'],
      [`/api/claims?sort=recent&after=${Buffer.from(JSON.stringify({ s: 'recent', v: ['99999-01-01', 'c_1'] })).toString('base64url')}`, 'after'],
      [`/api/claims?q=Peskov&after=${Buffer.from(JSON.stringify({ s: 'relevance', v: [1, 1e308, 1, 1, 1, 'c_1'] })).toString('base64url')}`, 'after'],
      ['/api/claims/c_%00', 'id'],
      ['/api/speakers/%01', 'id'],
    ];
    for (const [path, parameter] of cases) {
      const answer = await send(server.url, path);
      assert.equal(answer.status, 400, `${path}: ${answer.body}`);
      const body = JSON.parse(answer.body) as { error: { code: string; parameter?: string } };
      assert.equal(body.error.code, 'input_error', path);
      assert.equal(body.error.parameter, parameter, path);
    }
    assert.equal((await send(server.url, '/claims/c_%00')).status, 400, 'the page too');
    // The CLI refuses the same query with the same words (app/searchQuery.ts).
    const long = await send(server.url, `/api/claims?q=${'a'.repeat(10_000)}`);
    assert.match(long.body, /the search words must be at most 1000 characters \(these have 10000\)/);
    assert.equal((await send(server.url, `/?q=${'a'.repeat(10_000)}`)).status, 400, 'the search page too');
    const page = JSON.parse((await send(server.url, '/api/claims?sort=spread&limit=1')).body) as { next_cursor: string };
    assert.equal((await send(server.url, `/api/claims?sort=spread&after=${page.next_cursor}`)).status, 200, 'a real cursor still works');
    assert.equal((await send(server.url, `/api/claims?sort=spread&after=${encodeCursor('spread', [0, 0, 0, 'c_0'])}`)).status, 200);
  });

  test('fuzzed query parameters, cursors and control characters never give a 500', async () => {
    const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
    // Words with a control character inside, edge numbers and dates, and anything at all.
    const hostile = fc.oneof(
      fc.tuple(fc.string({ maxLength: 6 }), control, fc.string({ maxLength: 6 })).map((parts) => parts.join('')),
      fc.constantFrom('1e308', '-1', '5.5', 'NaN', 'Infinity', '99999-01-01', '-271821-04-20', '2026-02-30', '0x10', ''),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const value = fc.oneof(fc.double(), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), hostile, fc.constant(null));
    // Cursors of the right sort and length, holding values of any type and range.
    const keyCount = { spread: 4, recent: 2, relevance: 6 } as const;
    const cursor = fc
      .constantFrom('spread', 'recent', 'relevance')
      .chain((sort) => fc.tuple(fc.constant(sort), fc.array(value, { minLength: keyCount[sort], maxLength: keyCount[sort] })));
    // Each parameter absent, valid, or hostile, so that one hostile value often comes alone past the others.
    const maybe = (valid: fc.Arbitrary<string>, bad: fc.Arbitrary<unknown> = hostile) =>
      fc.option(fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: bad, weight: 1 }), { freq: 2, nil: undefined });
    const request = fc.record({
      q: maybe(fc.constantFrom('Peskov', 'said', '"100 million"')),
      speaker: maybe(fc.constantFrom('Peskov', 'Pesk')),
      outlet: maybe(fc.constantFrom('Reuters')),
      since: maybe(fc.constantFrom('2020-01-01')),
      until: maybe(fc.constantFrom('2030-01-01T00:00:00Z')),
      min_outlets: maybe(fc.constantFrom('1', '2')),
      limit: maybe(fc.constantFrom('1', '5')),
      after: fc.option(cursor, { freq: 2, nil: undefined }),
      format: fc.constantFrom('csv', 'jsonl'),
    });
    await fc.assert(
      fc.asyncProperty(request, fc.constantFrom('/api/claims', '/api/export', '/'), async (fields, path) => {
        const query = new URLSearchParams();
        for (const [name, given] of Object.entries(fields)) {
          if (given === undefined) continue;
          if (name !== 'after') query.set(name, String(given));
          else {
            const [sort, values] = given as [string, unknown[]];
            query.set('sort', sort);
            if (sort === 'relevance' && !fields.q) query.set('q', 'Peskov');
            query.set('after', Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url'));
          }
        }
        const answer = await send(server.url, `${path}?${query}`);
        assert.ok(answer.status === 200 || answer.status === 400, `${path}?${query}: ${answer.status} ${answer.body.slice(0, 200)}`);
      }),
      // The error itself in the report (a refused connection or a status), not only the counterexample.
      { numRuns: 200, includeErrorInReport: true },
    );
  });
});
