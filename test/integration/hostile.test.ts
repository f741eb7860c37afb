// The hostile-input suite: each bad input gets a clear error or a correct result, memory stays bounded,
// and the other work in the same run goes on. Real PostgreSQL, a local HTTP server, the whole pipeline.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { pino } from 'pino';
import { formatReport } from '../../app/output.ts';
import { loadConfig } from '../../jobs/config.ts';
import { planInputs } from '../../jobs/planInputs.ts';
import type { RunReport } from '../../jobs/runReport.ts';
import { openRuntime } from '../../jobs/runtime.ts';
import { runInProcess } from '../../jobs/runInProcess.ts';
import { searchClaims } from '../../store/search.ts';
import type { Runtime } from '../../jobs/runtime.ts';
import { createTestDatabase, REPO_ROOT } from './services.ts';

const run = promisify(execFile);
const MiB = 1024 * 1024;
/** The feed of 100,000 entries is cut to its newest FEED_CAP (CLAIMS_FEED_MAX_ENTRIES; lower than the default 2,000 so that storing the kept entries takes seconds). */
const HUGE_FEED_ENTRIES = 100_000;
const FEED_CAP = 200;

/** Streams RSS with 100,000 entries, oldest first, each carrying its text (so no page is fetched): about 13 MB. */
function streamHugeFeed(res: ServerResponse): void {
  const start = Date.UTC(2024, 0, 1);
  const item = (i: number) =>
    `<item><link>/e/${i}</link><pubDate>${new Date(start + i * 60_000).toUTCString()}</pubDate>` +
    `<content:encoded>Wire entry ${i}.</content:encoded></item>\n`;
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
  res.write(
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
      '<channel><title>Firehose</title><link>http://example.invalid/</link>\n',
  );
  let next = 0;
  const pump = () => {
    while (next < HUGE_FEED_ENTRIES) {
      const chunk = Array.from({ length: Math.min(1000, HUGE_FEED_ENTRIES - next) }, (_, k) => item(next + k)).join('');
      next += 1000;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('</channel></rss>');
  };
  res.on('close', () => (next = HUGE_FEED_ENTRIES));
  pump();
}

/** A Russian page and feed entry that declare no charset anywhere (no header parameter, no meta, no prolog). */
const RUSSIAN_QUOTE = '«Цены в этом году не вырастут», — заявил министр финансов Олег Варга.';
const UNDECLARED_1251 =
  '<html><head><title>Бюджет</title></head><body><article><h1>Бюджет на следующий год</h1>' +
  `<p>Министр финансов Олег Варга выступил в парламенте во вторник.</p><p>${RUSSIAN_QUOTE}</p></article></body></html>`;
const UNDECLARED_KOI8_FEED =
  '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Вести</title>' +
  '<link>http://example.invalid/</link><item><title>Мэр о мосте</title><link>http://example.invalid/most</link>' +
  '<content:encoded><![CDATA[<p>Мэр города Анна Петрова ответила на вопросы жителей.</p>' +
  // KOI8-R has no « » or dash: the quote is printed with what it holds.
  '<p>"Мост откроют в мае", - сказала мэр Анна Петрова.</p>]]></content:encoded></item></channel></rss>';

const article = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav>Home | World</nav>` +
  `<article><h1>${title}</h1>${body}</article><footer>Contact us</footer></body></html>`;
const GOOD = article(
  'Harbour reopens after storm',
  '<p>The harbour at Elmstead reopened on Tuesday after the storm.</p>' +
    '<p>"We have cleared every berth and the pilots are back at work," harbour master Ines Calloway said.</p>',
);

/** Streams `total` bytes of `chunk` repeated, without holding them in memory. */
function stream(res: ServerResponse, chunk: Buffer, total: number, onEnd?: () => void): void {
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
    onEnd?.();
  };
  res.on('close', () => (sent = total));
  pump();
}

function route(url: string, res: ServerResponse): void {
  switch (url) {
    case '/good':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(GOOD);
      return;
    case '/gzip-bomb': {
      // 1 GiB of zeros, gzipped on the fly (about 1 MB on the wire).
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(res);
      const zeros = Buffer.alloc(MiB);
      let left = 1024;
      const pump = () => {
        while (left-- > 0) if (!gzip.write(zeros)) return void gzip.once('drain', pump);
        gzip.end();
      };
      res.on('close', () => ((left = 0), gzip.destroy()));
      pump();
      return;
    }
    case '/50mb':
      res.writeHead(200, { 'content-type': 'text/html' });
      stream(res, Buffer.from(`<p>${'word '.repeat(200)}</p>\n`), 50 * MiB);
      return;
    case '/never-ending': {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      const timer = setInterval(() => res.write('still going '), 50);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case '/entity-expansion': {
      const entities = ['<!ENTITY a0 "lol lol lol lol lol lol lol lol lol lol">'];
      for (let i = 1; i < 10; i++) entities.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><!DOCTYPE rss [${entities.join('')}]><rss version="2.0"><channel><title>Laughs</title>` +
          `<item><title>&a9;</title><link>https://example.invalid/laughs</link><description>&a9;</description></item></channel></rss>`,
      );
      return;
    }
    case '/invalid-utf8':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        Buffer.concat([
          Buffer.from('<html><head><title>Broken bytes</title></head><body><article><p>Markets were calm: '),
          Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0]),
          Buffer.from('.</p><p>"Prices will not rise this year," finance minister Olek Varga said.</p></article></body></html>'),
        ]),
      );
      return;
    case '/windows-1251-undeclared':
      res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(UNDECLARED_1251, 'windows-1251'));
      return;
    case '/koi8-feed-undeclared':
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(iconv.encode(UNDECLARED_KOI8_FEED, 'koi8-r'));
      return;
    case '/deep':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body>${'<div>'.repeat(10_000)}<p>"The bridge will open in May," mayor Ruth Abney said.</p>${'</div>'.repeat(10_000)}</body></html>`);
      return;
    case '/100k-entries':
      streamHugeFeed(res);
      return;
    case '/one-line':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body><p>${'lorem ipsum dolor sit amet, '.repeat(37_450)}</p></body></html>`);
      return;
    default:
      res.writeHead(404).end('not found');
  }
}

describe('hostile input', () => {
  let server: Server;
  let base = '';
  let runtime: Runtime;
  let databaseUrl = '';
  let report: RunReport;
  let rssGrowth = 0;
  let peakRssGrowth = 0;
  let runSeconds = 0;
  /** The run's warnings and errors, as pino JSON lines. */
  const logLines: string[] = [];
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    server = createServer((req, res) => route(req.url ?? '/', res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const database = await createTestDatabase();
    databaseUrl = database.url;
    cleanups.push(database.drop);
    runtime = await openRuntime(
      loadConfig({
        DATABASE_URL: database.url,
        LOG_LEVEL: 'silent',
        CLAIMS_ALLOW_PRIVATE_NETWORKS: '1',
        CLAIMS_FETCH_TIMEOUT_MS: '3000',
        CLAIMS_FEED_MAX_ENTRIES: String(FEED_CAP),
      }),
    );
    cleanups.unshift(() => runtime.close());
    const paths = [
      '/gzip-bomb', '/50mb', '/never-ending', '/entity-expansion', '/invalid-utf8', '/windows-1251-undeclared', '/koi8-feed-undeclared',
      '/deep', '/one-line', '/100k-entries', '/good',
    ];
    const rssBefore = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRssGrowth = Math.max(peakRssGrowth, process.memoryUsage().rss - rssBefore)), 50);
    const plan = await planInputs(paths.map((p) => `${base}${p}`), { maxBytes: 15 * MiB, runId: 'hostile' });
    // In process, as the runtime runs it without Redis, with the warnings kept to be read.
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (logLines.push(chunk.toString()), done()) });
    const started = performance.now();
    report = await runInProcess({ ...runtime.ctx, log: pino({ level: 'warn' }, sink) }, plan.jobs);
    runSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    rssGrowth = process.memoryUsage().rss - rssBefore;
    peakRssGrowth = Math.max(peakRssGrowth, rssGrowth);
  });
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  const failureOf = (p: string) => report.failures.find((f) => f.subject === `${base}${p}`)?.error;
  const stored = async (p: string) =>
    (await runtime.db.query<{ text: string; title: string | null }>('SELECT text, title FROM articles WHERE url = $1', [`${base}${p}`]))[0];

  test('the good article goes through beside the hostile ones', async () => {
    assert.ok(await stored('/good'));
    const claims = await runtime.db.query<{ speaker: string }>("SELECT speaker FROM claims WHERE text LIKE '%cleared every berth%'");
    assert.deepEqual(claims.map((c) => c.speaker), ['Ines Calloway']);
  });

  test('a gzip bomb, a 50 MB page and a never-ending response are refused with a clear error', () => {
    assert.match(failureOf('/gzip-bomb') ?? '', /larger than|too large|limit/i);
    assert.match(failureOf('/50mb') ?? '', /larger than|too large|limit/i);
    assert.match(failureOf('/never-ending') ?? '', /timed? ?out|larger than|too large|limit/i);
  });

  test('memory stays bounded', (t) => {
    t.diagnostic(`whole run: ${runSeconds.toFixed(1)} s, RSS growth ${Math.round(rssGrowth / MiB)} MiB, peak ${Math.round(peakRssGrowth / MiB)} MiB`);
    assert.ok(rssGrowth < 400 * MiB, `RSS grew by ${Math.round(rssGrowth / MiB)} MiB`);
    assert.ok(peakRssGrowth < 400 * MiB, `RSS peaked ${Math.round(peakRssGrowth / MiB)} MiB above the start`);
  });

  test('a feed of 100,000 entries keeps its newest CLAIMS_FEED_MAX_ENTRIES, and says so', async () => {
    assert.equal(failureOf('/100k-entries'), undefined);
    const rows = await runtime.db.query<{ n: number; oldest: number; newest: number; feeds: number }>(
      `SELECT count(*)::integer AS n, min(substring(url from '/e/([0-9]+)$')::integer) AS oldest,
              max(substring(url from '/e/([0-9]+)$')::integer) AS newest, count(DISTINCT feed_id)::integer AS feeds
       FROM articles WHERE url LIKE $1`,
      [`${base}/e/%`],
    );
    assert.deepEqual(rows[0], { n: FEED_CAP, oldest: HUGE_FEED_ENTRIES - FEED_CAP, newest: HUGE_FEED_ENTRIES - 1, feeds: 1 });
    const note = logLines.map((line) => JSON.parse(line) as { msg: string; kept?: number; dropped?: number }).find((l) => /CLAIMS_FEED_MAX_ENTRIES/.test(l.msg));
    assert.ok(note, `no note of the cap in ${logLines.length} log lines`);
    assert.equal(note.kept, FEED_CAP);
    assert.equal(note.dropped, HUGE_FEED_ENTRIES - FEED_CAP);
    assert.match(note.msg, /kept the newest 200, left out 99800/);
  });

  test('XML entity expansion is not expanded', async () => {
    const error = failureOf('/entity-expansion');
    if (error !== undefined) {
      assert.match(error, /entit|parse|feed/i);
      return;
    }
    const rows = await runtime.db.query<{ n: number }>(
      "SELECT coalesce(max(length(text) + length(coalesce(title, ''))), 0)::integer AS n FROM articles WHERE text LIKE '%lol lol%' OR title LIKE '%lol lol%'",
    );
    assert.ok((rows[0]?.n ?? 0) < 10_000, `an article holds ${rows[0]?.n} characters of expanded entities`);
  });

  test('invalid UTF-8 is decoded with replacement characters, the quote still found, and never in silence', async () => {
    assert.equal(failureOf('/invalid-utf8'), undefined);
    const page = await stored('/invalid-utf8');
    assert.ok(page?.text.includes('\uFFFD'));
    const claims = await runtime.db.query<{ speaker: string }>("SELECT speaker FROM claims WHERE text LIKE '%Prices will not rise%'");
    assert.deepEqual(claims.map((c) => c.speaker), ['Olek Varga']);
    const warned = await runtime.db.query<{ url: string; decode_warning: string }>('SELECT url, decode_warning FROM articles WHERE decode_warning IS NOT NULL');
    assert.deepEqual(warned.map((w) => w.url), [`${base}/invalid-utf8`], 'only the page with undecodable bytes is marked');
    assert.match(warned[0]?.decode_warning ?? '', /could not be decoded as utf-8 \(charset from the Content-Type header\)/);
    assert.equal(report.stats.undecodable, 1);
    assert.ok(formatReport(report, 1).some((line) => /^warning: 1 article stored with bytes that could not be decoded/.test(line)));
    const claimsCli = path.join(REPO_ROOT, 'bin', 'claims.js');
    const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
    const { stdout } = await run(process.execPath, [claimsCli, 'status'], { env });
    assert.match(stdout, /warning: 1 article\(s\) stored with bytes that could not be decoded/);
    assert.ok(stdout.includes(`${base}/invalid-utf8: `), stdout);
    const json = JSON.parse((await run(process.execPath, [claimsCli, 'status', '--json'], { env })).stdout) as {
      counts: { undecodableArticles: number };
      undecodable: Array<{ url: string; warning: string }>;
    };
    assert.equal(json.counts.undecodableArticles, 1);
    assert.equal(json.undecodable[0]?.url, `${base}/invalid-utf8`);
  });

  test('a windows-1251 page and a KOI8-R feed that declare no charset are detected, not stored as mojibake', async () => {
    assert.equal(failureOf('/windows-1251-undeclared'), undefined);
    const page = await stored('/windows-1251-undeclared');
    assert.ok(page?.text.includes(RUSSIAN_QUOTE.slice(1, 29)), page?.text);
    assert.equal(page?.title, 'Бюджет');
    const quote = await runtime.db.query<{ speaker: string }>("SELECT speaker FROM claims WHERE text LIKE 'Цены в этом году%'");
    assert.deepEqual(quote.map((c) => c.speaker), ['Олег Варга']);
    assert.equal(failureOf('/koi8-feed-undeclared'), undefined);
    const entry = await runtime.db.query<{ speaker: string }>("SELECT speaker FROM claims WHERE text LIKE 'Мост откроют%'");
    assert.deepEqual(entry.map((c) => c.speaker), ['Анна Петрова']);
  });

  test('10,000-deep nesting and a 1 MB single line are extracted', async () => {
    assert.equal(failureOf('/deep'), undefined);
    assert.match((await stored('/deep'))?.text ?? '', /bridge will open in May/);
    assert.equal(failureOf('/one-line'), undefined);
    assert.ok(((await stored('/one-line'))?.text.length ?? 0) > 1_000_000 * 0.9);
  });

  test('SQL-looking and malformed search queries give results or nothing, never an error', async () => {
    const claims = path.join(REPO_ROOT, 'bin', 'claims.js');
    const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
    const queries = [
      "'; DROP TABLE claims; --",
      '" OR 1=1 --',
      'berth\\',
      '"unbalanced',
      '%_%',
      '-',
      'OR OR OR',
      '(((',
      'x'.repeat(5000),
      'cleared -storm "every berth"',
    ];
    for (const query of queries) {
      const page = await searchClaims(runtime.db, { query, speaker: query.slice(0, 200) });
      assert.ok(Array.isArray(page.results), query);
      const bySpeakerOnly = await searchClaims(runtime.db, { speaker: query.slice(0, 200) });
      assert.ok(Array.isArray(bySpeakerOnly.results), query);
    }
    // The command-line door, once, with the nastiest string.
    const { stdout: none } = await run(process.execPath, [claims, 'search', queries[0] ?? '', '--json'], { env });
    for (const line of none.split('\n').filter(Boolean)) assert.ok(JSON.parse(line).id);
    const { stdout } = await run(process.execPath, [claims, 'search', '"every berth"', '--json'], { env });
    assert.equal(stdout.split('\n').filter((l) => l.startsWith('{"id"')).length, 1, stdout);
    const count = await runtime.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM claims');
    assert.ok((count[0]?.n ?? 0) > 0, 'the claims table is intact');
  });
});
