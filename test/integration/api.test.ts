// The HTTP API and pages of `claims serve` on the seeds in a fresh PostgreSQL database (app.request), and
// once over a real port.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { createWebApp } from '../../app/web/createWebApp.ts';
import { OPENAPI } from '../../app/web/openapi.ts';
import { startWebServer } from '../../app/web/startWebServer.ts';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import { countFacets } from '../../store/facets.ts';
import { searchClaims } from '../../store/search.ts';
import { seedFiles } from '../eval/runSeeds.ts';
import { createTestDatabase } from './services.ts';

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

interface SearchBody {
  results: Array<ClaimRecord & { rank: number }>;
  next_cursor: string | null;
  total: number;
  facets: Record<'speaker' | 'outlet' | 'kind' | 'day', Array<{ value: string; count: number }>>;
}

/** Two hostile claims that conflict with each other, carried by one article of "Evil Outlet". */
async function insertHostileClaims(runtime: Runtime): Promise<void> {
  await runtime.db.query(
    `INSERT INTO articles (id, url, outlet, title, published_at, text, content_hash)
     VALUES ('a_evil', 'javascript:alert(1)', 'Evil Outlet', $1, '2026-02-12T10:00:00Z', 'text', 'h_evil')`,
    [XSS],
  );
  await runtime.db.query(
    `INSERT INTO claims (id, kind, speaker, text, mention_count, article_count, outlet_count, outlet_keys, conflicted, first_seen, last_seen)
     VALUES ('c_evil1', 'quote', $1, $2, 1, 1, 1, '{evil outlet}', true, '2026-02-12T10:00:00Z', '2026-02-12T10:00:00Z'),
            ('c_evil2', 'quote', $1, 'there is no chance', 1, 1, 1, '{evil outlet}', true, '2026-02-12T10:00:00Z', '2026-02-12T10:00:00Z')`,
    [FORMULA, XSS],
  );
  await runtime.db.query(
    `INSERT INTO mentions (id, article_id, kind, text, start_offset, end_offset, claim_id, sentence)
     VALUES ('m_evil1', 'a_evil', 'quote', $1, 0, 4, 'c_evil1', $1), ('m_evil2', 'a_evil', 'quote', 'x', 5, 6, 'c_evil2', 'x')`,
    [XSS],
  );
  await runtime.db.query(
    `INSERT INTO claim_conflicts (claim_id, other_id, reason) VALUES ('c_evil1', 'c_evil2', 'negation'), ('c_evil2', 'c_evil1', 'negation')`,
  );
}

describe('the HTTP API and web page', () => {
  let runtime: Runtime;
  let app: Hono;
  let drop: () => Promise<void>;
  const get = async (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  const json = async <T>(path: string): Promise<T> => {
    const response = await get(path);
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  };

  before(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    runtime = await openRuntime(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'error' }));
    // Each seed file its own outlet (files name none, and an unknown outlet counts as none).
    const jobs = [];
    for (const [i, file] of (await seedFiles()).entries()) {
      const plan = await planInputs([file], { maxBytes: runtime.config.fetch.maxBytes, runId: 'api', outlet: `Seed Outlet ${i}` });
      jobs.push(...plan.jobs);
    }
    await runtime.run(jobs, { wait: true });
    await insertHostileClaims(runtime);
    app = createWebApp({ db: runtime.db, queues: null, apiToken: null });
  });

  after(async () => {
    await runtime.close();
    await drop();
  });

  test('search: words, filters, fuzzy speakers and facets', async () => {
    const peskov = await json<SearchBody>('/api/claims?q=Peskov');
    assert.ok(peskov.results.length > 0);
    assert.ok(peskov.results.every((r) => r.speaker === 'Dmitry Peskov'));
    assert.deepEqual(peskov.facets.speaker, [{ value: 'Dmitry Peskov', count: peskov.total }]);
    assert.equal(peskov.facets.kind.reduce((n, k) => n + k.count, 0), peskov.total);

    const fuzzy = await json<SearchBody>('/api/claims?speaker=Peskow&limit=200');
    assert.equal(fuzzy.total, peskov.total, '"Peskow" finds Peskov');
    const quotes = await json<SearchBody>('/api/claims?speaker=Peskov&kind=quote');
    assert.ok(quotes.results.length > 0 && quotes.results.every((r) => r.kind === 'quote'));
    const conflicts = await json<SearchBody>('/api/claims?has_conflicts=1');
    assert.deepEqual(conflicts.results.map((r) => r.id).sort(), ['c_evil1', 'c_evil2']);
    const without = await json<SearchBody>('/api/claims?has_conflicts=0&limit=200');
    assert.ok(!without.results.some((r) => r.id.startsWith('c_evil')));
    const outlet = await json<SearchBody>('/api/claims?outlet=evil%20outlet');
    assert.equal(outlet.total, 2);
    assert.deepEqual(outlet.facets.outlet, [{ value: 'Evil Outlet', count: 2 }]);
    const widespread = await json<SearchBody>('/api/claims?min_outlets=3');
    assert.ok(widespread.results.length > 0 && widespread.results.every((r) => r.outlet_count >= 3));
    const phrase = await json<SearchBody>('/api/claims?q=%22no%20chance%22%20-Meta');
    assert.ok(phrase.results.every((r) => !/meta/i.test(r.text)));
  });

  test('facets stop counting at the sample size, and say so', async () => {
    const all = await countFacets(runtime.db, {});
    assert.equal(all.capped, false);
    const capped = await countFacets(runtime.db, {}, 10, 5);
    assert.deepEqual([capped.total, capped.capped], [5, true]);
    assert.equal(capped.kind.reduce((n, k) => n + k.count, 0), 5);
    const exact = await countFacets(runtime.db, {}, 10, all.total);
    assert.deepEqual([exact.total, exact.capped], [all.total, false]);
  });

  test('keyset pages: every sort walks all claims once, in the order of one big page', async () => {
    for (const sort of ['relevance', 'spread', 'recent']) {
      for (const q of ['', 'Russia']) {
        const all = await json<SearchBody>(`/api/claims?sort=${sort}&q=${q}&limit=200`);
        assert.equal(all.next_cursor, null);
        const walked: string[] = [];
        let after: string | null = null;
        do {
          const page: SearchBody = await json<SearchBody>(`/api/claims?sort=${sort}&q=${q}&limit=3${after ? `&after=${after}` : ''}`);
          walked.push(...page.results.map((r) => r.id));
          after = page.next_cursor;
        } while (after);
        assert.deepEqual(walked, all.results.map((r) => r.id), `${sort} "${q}"`);
        assert.equal(walked.length, all.total);
      }
    }
  });

  test('relevance ranks the most widely carried matches by text, then pages through the rest by spread', async () => {
    // The words most claims share, any of them.
    const common = await runtime.db.query<{ word: string }>(
      `SELECT word FROM ts_stat('SELECT search FROM claims') WHERE word ~ '^[a-z]{4,}$' ORDER BY ndoc DESC, word LIMIT 8`);
    const filters = { query: common.map((w) => w.word).join(' OR ') };
    const everything = await searchClaims(runtime.db, filters, { limit: 200 });
    assert.ok(everything.results.length >= 4, `several claims share "${filters.query}"`);
    const bySpread = await searchClaims(runtime.db, filters, { limit: 200, sort: 'spread' });
    for (const pool of [1, 2, 3]) {
      const walked: Array<{ id: string; rank: number }> = [];
      let after: string | null = null;
      do {
        const page = await searchClaims(runtime.db, filters, { limit: 2, after, relevancePool: pool });
        walked.push(...page.results);
        after = page.nextCursor;
      } while (after);
      assert.deepEqual(walked.map((r) => r.id).sort(), everything.results.map((r) => r.id).sort(), `pool ${pool}: every match once`);
      const top = bySpread.results.slice(0, pool);
      const ranked = walked.slice(0, pool);
      assert.deepEqual(ranked.map((r) => r.id).sort(), top.map((r) => r.id).sort(), `pool ${pool}: the pool is the most widely carried`);
      assert.deepEqual(ranked.map((r) => r.rank), [...ranked.map((r) => r.rank)].sort((a, b) => b - a), 'ranked by text first');
      assert.deepEqual(walked.slice(pool).map((r) => r.id), bySpread.results.slice(pool).map((r) => r.id), 'then by spread');
      assert.ok(walked.every((r) => r.rank > 0), 'every match shows its text rank');
    }
    const whole = await searchClaims(runtime.db, filters, { limit: 200, relevancePool: 200 });
    assert.deepEqual(whole.results.map((r) => r.id), everything.results.map((r) => r.id), 'a pool larger than the matches ranks them all');
    assert.deepEqual(everything.results.map((r) => r.rank), [...everything.results.map((r) => r.rank)].sort((a, b) => b - a));
  });

  test('a claim with its mentions, articles and timeline; an old id resolves', async () => {
    const [redirect] = await runtime.db.query<{ old_id: string; new_id: string }>('SELECT old_id, new_id FROM claim_redirects LIMIT 1');
    assert.ok(redirect, 'the seeds merge claims, so some ids redirect');
    const claim = await json<{ id: string; redirected_from: string | null; mentions: Array<{ sentence: string | null; article: { url: string } }>;
      timeline: Array<{ first_url: string }>; articles: Array<{ url: string }>; article_count: number }>(`/api/claims/${redirect.old_id}`);
    assert.equal(claim.id, redirect.new_id);
    assert.equal(claim.redirected_from, redirect.old_id);
    assert.equal(new Set(claim.mentions.map((m) => m.article.url)).size, claim.article_count);
    assert.ok(claim.mentions.every((m) => m.sentence));
    assert.equal(claim.timeline.length, claim.article_count, 'seed articles have no outlet: each counts as its own');
    const page = await get(`/claims/${redirect.old_id}`);
    assert.equal(page.status, 301);
    assert.equal(page.headers.get('location'), `/claims/${redirect.new_id}`);
    const missing = await get('/api/claims/c_nope');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: { code: 'not_found', message: 'no claim with id c_nope' } });
  });

  test('a speaker and everything they said', async () => {
    const [speaker] = await runtime.db.query<{ id: string }>(`SELECT id FROM speakers WHERE name = 'Dmitry Peskov'`);
    const body = await json<{ name: string; aliases: string[]; claims: ClaimRecord[]; claim_count: number }>(`/api/speakers/${speaker?.id}`);
    assert.equal(body.name, 'Dmitry Peskov');
    assert.ok(body.aliases.includes('peskov'));
    assert.equal(body.claims.length, body.claim_count);
    assert.ok(body.claims.every((c) => c.speaker === 'Dmitry Peskov'));
    assert.equal((await get('/speakers/s_nope')).status, 404);
  });

  test('export: CSV streamed and escaped, mentions, JSON lines, JSON-LD', async () => {
    const total = (await json<SearchBody>('/api/claims')).total;
    const response = await get('/api/export?format=csv');
    assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="claims.csv"/);
    const csv = await response.text();
    assert.ok(csv.startsWith('id,kind,speaker,'));
    assert.equal(csv.split('\r\n').filter((l) => /^c_/.test(l)).length, total);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), 'a formula is neutralised');
    assert.ok(!/(^|,)=HYPERLINK/m.test(csv));

    const bom = await (await get('/api/export?format=csv&bom=1&q=Peskov')).arrayBuffer();
    assert.deepEqual([...new Uint8Array(bom).slice(0, 3)], [0xef, 0xbb, 0xbf]);

    const mentions = await (await get('/api/export?format=csv&mentions=1&has_conflicts=1')).text();
    const rows = mentions.split('\r\n').filter((l) => l !== '');
    assert.equal(rows[0]?.split(',')[0], 'claim_id');
    assert.equal(rows.length, 3);
    assert.ok(mentions.includes(`'${FORMULA.slice(0, 10)}`) || !mentions.includes(FORMULA), 'speaker cells are escaped');

    const lines = (await (await get('/api/export?format=jsonl&q=Peskov')).text()).trim().split('\n');
    assert.equal(lines.length, (await json<SearchBody>('/api/claims?q=Peskov')).total);
    const ld = JSON.parse(await (await get('/api/export?format=claimreview')).text()) as { '@graph': Array<Record<string, unknown>> };
    assert.equal(ld['@graph'].length, total);
    assert.ok(ld['@graph'].every((c) => c['@type'] === 'Claim' && Array.isArray(c.appearance)));
  });

  test('the page reads figures as printed and, when nothing matches, suggests speakers as the CLI does', async () => {
    const figures = await (await get('/?kind=number')).text();
    assert.match(figures, /100 million (Russian )?users/);
    assert.doesNotMatch(figures, /figure = \d/);
    const none = await (await get('/?q=Peskow')).text();
    assert.match(none, /No claim matches/);
    assert.match(none, /Did you mean a speaker: <a href="\/\?speaker=Dmitry\+Peskov">Dmitry Peskov<\/a>/);
    assert.doesNotMatch(none, /leaves out/);
    for (const words of ['the of and', '-', 'OR', '"']) {
      const page = await (await get(`/?q=${encodeURIComponent(words)}`)).text();
      assert.match(page, /No claim matches\. Search leaves out common English words/, words);
    }
  });

  test('stored HTML is escaped on every page, links out are http(s) only', async () => {
    const page = await get('/claims/c_evil1');
    const body = await page.text();
    assert.equal(page.status, 200);
    assert.ok(!body.includes('<script>alert'), 'no script from the data');
    assert.ok(!body.includes('<img src=x'), 'no element from the data');
    assert.ok(body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(!body.includes('href="javascript:'), 'a javascript: URL is not a link');
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const search = await (await get(`/?q=${encodeURIComponent(XSS)}&speaker=${encodeURIComponent('"><b>x')}`)).text();
    assert.ok(!search.includes('<script>alert') && !search.includes('"><b>x'));
    const list = await (await get('/?has_conflicts=1')).text();
    assert.ok(list.includes('c_evil1') && !list.includes('<img src=x'));
    for (const path of ['/feeds', '/jobs', '/', '/nowhere']) assert.ok(!(await (await get(path)).text()).includes('<script'), path);
  });

  test('a bad query is a 400 that says what is wrong; writes are refused', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/api/claims?limit=0', /limit: must be at least 1/],
      ['/api/claims?limit=abc', /limit/],
      ['/api/claims?since=yesterday-ish', /since: must be a date/],
      ['/api/claims?kind=rumour', /kind/],
      ['/api/claims?sort=best', /sort/],
      ['/api/claims?after=not-a-cursor', /invalid cursor/],
      [`/api/claims?sort=spread&after=${(await json<SearchBody>('/api/claims?limit=1&sort=recent')).next_cursor}`, /invalid cursor for sort "spread"/],
      ['/api/export?format=xml', /format/],
      ['/api/export?format=claimreview&mentions=1', /not claimreview/],
    ];
    for (const [path, message] of cases) {
      const response = await get(path);
      assert.equal(response.status, 400, path);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'input_error');
      assert.match(body.error.message, message, path);
    }
    const html = await get('/?limit=0');
    assert.equal(html.status, 400);
    assert.match(await html.text(), /limit: must be at least 1/);
    const post = await app.request('/api/claims', { method: 'POST' });
    assert.equal(post.status, 405);
  });

  test('every path of the OpenAPI description answers', async () => {
    const [speaker] = await runtime.db.query<{ id: string }>('SELECT id FROM speakers LIMIT 1');
    const [story] = await runtime.db.query<{ id: string }>('SELECT story_id AS id FROM article_stories LIMIT 1');
    for (const path of Object.keys(OPENAPI.paths)) {
      const url = path
        .replace('/claims/{id}', '/claims/c_evil1')
        .replace('/speakers/{id}', `/speakers/${speaker?.id}`)
        .replace('/stories/{id}', `/stories/${story?.id}`);
      assert.equal((await get(url)).status, 200, url);
    }
  });

  test('with CLAIMS_API_TOKEN, over a real port: everything but /healthz needs the token', async () => {
    const token = 'a-token-of-at-least-16-chars';
    const server = await startWebServer({ db: runtime.db, queues: null, apiToken: token, port: 0, host: '127.0.0.1', allowQueueActions: false });
    try {
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { ok: true, database: 'ok', redis: 'not configured' });
      for (const path of ['/', '/api/claims', '/api/export?format=csv', '/api/openapi.json', '/claims/c_evil1']) {
        const refused = await fetch(`${server.url}${path}`);
        assert.equal(refused.status, 401, path);
        assert.match(refused.headers.get('www-authenticate') ?? '', /Bearer/);
      }
      assert.equal((await fetch(`${server.url}/api/claims`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status, 401);
      const ok = await fetch(`${server.url}/api/claims?q=Peskov`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(ok.status, 200);
      const basic = `Basic ${Buffer.from(`journalist:${token}`).toString('base64')}`;
      const csv = await fetch(`${server.url}/api/export?format=csv`, { headers: { authorization: basic } });
      assert.equal(csv.status, 200);
      assert.ok((await csv.text()).includes(`'=HYPERLINK`));
    } finally {
      await server.close();
    }
    const open = createWebApp({ db: runtime.db, queues: null, apiToken: null });
    assert.equal((await open.request('/api/claims')).status, 200, 'without a token the API is open');
  });
});
