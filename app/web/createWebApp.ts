import { Hono } from 'hono';
import type { Context } from 'hono';
import { ClaimdeskError, InputError, NotFoundError } from '../../errors.ts';
import { listFailed } from '../../jobs/failedJobs.ts';
import type { FailedJob } from '../../jobs/failedJobs.ts';
import { checkHealth } from '../../jobs/startOpsServer.ts';
import { QUEUE_NAMES } from '../../jobs/queueNames.ts';
import { describeRedisProblem } from '../../jobs/redisQueues.ts';
import type { RedisQueues } from '../../jobs/redisQueues.ts';
import * as backfills from '../../store/backfills.ts';
import { getClaimDetail, resolveClaimId } from '../../store/claimDetail.ts';
import type { Db } from '../../store/db.ts';
import { DatabaseUnavailableError } from '../../store/errors.ts';
import { countFacets } from '../../store/facets.ts';
import { listFeedHealth } from '../../store/feedHealth.ts';
import { hasSearchableWords, searchClaims } from '../../store/search.ts';
import { findSimilarSpeakers, getSpeakerDetail } from '../../store/speakerDetail.ts';
import { countAll } from '../../store/status.ts';
import { getStory, listStories } from '../../store/stories.ts';
import { checkExportSpec, EXPORT_MEDIA } from '../exportChunks.ts';
import { checkWrite } from './checkWrite.ts';
import { hasToken } from './hasToken.ts';
import { exportBody } from './exportBody.ts';
import type { SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { OPENAPI } from './openapi.ts';
import { claimPage, errorPage, feedsPage, jobsPage, searchPage, speakerPage, storiesPage, storyPage } from './pages.ts';
import { parseExport, parseId, parseSearch, parseStoryLimit } from './params.ts';

export interface WebDeps {
  db: Db;
  /** The stage queues when REDIS_URL is set: queue counts, failed jobs and the dashboard. */
  queues: RedisQueues | null;
  /** Required as a bearer token (or Basic password) on everything but /healthz; null: open. */
  apiToken: string | null;
  /**
   * Whether a Host header is one this server answers (see allowedHosts); absent: the loopback names on
   * any port (app.request in tests); null: every Host.
   */
  isAllowedHost?: ((host: string | undefined) => boolean) | null;
  /** Mounts bull-board at /admin/queues (done by the server, which owns the static files). */
  mountQueueBoard?: (app: Hono) => void;
}

/** Where the queue dashboard is mounted. */
export const BOARD_PATH = '/admin/queues';

// Our pages run no script and load nothing from elsewhere; the policy says so to the browser too.
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
// The dashboard runs its own scripts and calls its own API, from this server only (not its web fonts).
const BOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

/**
 * The challenges of a 401, one per WWW-Authenticate header: Chromium ignores a header that lists two, and
 * then never offers its login. Fetch's Headers joins repeated headers with ", ", so the node server splits
 * this exact value back into one header each (see startWebServer).
 */
export const CHALLENGES = ['Basic realm="claimdesk", charset="UTF-8"', 'Bearer realm="claimdesk"'] as const;

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

const statusOf = (error: unknown): 400 | 404 | 503 | 500 =>
  error instanceof InputError ? 400 : error instanceof NotFoundError ? 404 : error instanceof DatabaseUnavailableError ? 503 : 500;

/**
 * The HTTP API and the web page of `claims serve`: read-only (GET and HEAD only), every error a status and
 * a stable code, every page escaped.
 */
export function createWebApp(deps: WebDeps): Hono {
  const { db, queues } = deps;
  const app = new Hono();
  const render = (c: Context, title: string, content: SafeHtml, status: 200 | 400 | 404 | 500 | 503 = 200) => {
    const notice = queues ? describeRedisProblem(queues.connection) : null;
    return c.html(layout(title, content, { queues: queues !== null, notice }).value, status);
  };

  const isAllowedHost = deps.isAllowedHost === undefined ? (host?: string) => LOOPBACK_HOST.test(host ?? '') : deps.isAllowedHost;

  // Every answer, whatever route (or none) makes it: no sniffing, no framing, no referrer, and a policy on
  // every HTML page, the dashboard's included.
  app.use('*', async (c, next) => {
    c.header('x-content-type-options', 'nosniff');
    c.header('x-frame-options', 'DENY');
    c.header('referrer-policy', 'no-referrer');
    await next();
    if (/^text\/html/i.test(c.res.headers.get('content-type') ?? '') && !c.res.headers.has('content-security-policy')) {
      c.res.headers.set('content-security-policy', c.req.path.startsWith(BOARD_PATH) ? BOARD_CSP : PAGE_CSP);
    }
  });

  // Before any route: the Host (DNS rebinding), the token, then the origin and body of a write.
  app.use('*', async (c, next) => {
    // A browser always sends Host; a request without one (app.request in tests) is read by its URL.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (isAllowedHost && !isAllowedHost(host)) {
      return c.json({ error: { code: 'misdirected_request', message: 'this server does not answer for that Host; see claims serve --public-host' } }, 421);
    }
    if (c.req.path === '/healthz') return next();
    if (deps.apiToken && !hasToken(c.req.header('authorization'), deps.apiToken)) {
      c.header('www-authenticate', CHALLENGES.join(', '));
      return c.json({ error: { code: 'unauthorized', message: 'send Authorization: Bearer <CLAIMS_API_TOKEN>' } }, 401);
    }
    const refusal = checkWrite(c.req.method, (name) => (name === 'host' ? host : c.req.header(name)));
    if (refusal) return c.json({ error: { code: refusal.code, message: refusal.message } }, refusal.status);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !c.req.path.startsWith(BOARD_PATH)) {
      return c.json({ error: { code: 'read_only', message: 'this server is read-only: only GET and HEAD' } }, 405);
    }
    return next();
  });

  app.onError((error, c) => {
    const status = statusOf(error);
    const known = error instanceof ClaimdeskError;
    const message = known ? error.message : 'internal error (see the server log)';
    if (!known) process.stderr.write(`claims serve: ${error.stack ?? error.message}\n`);
    if (c.req.path.startsWith('/api/')) {
      const parameter = error instanceof InputError ? error.parameter : undefined;
      return c.json({ error: { code: known ? error.code : 'internal_error', message, ...(parameter ? { parameter } : {}) } }, status);
    }
    return render(c, 'Error', errorPage(status, message), status);
  });

  app.get('/healthz', async (c) => {
    const health = await checkHealth(db, queues);
    return c.json(health, health.ok ? 200 : 503);
  });

  app.get('/api/openapi.json', (c) => c.json(OPENAPI));

  app.get('/api/claims', async (c) => {
    const { filters, options } = parseSearch(new URL(c.req.url).searchParams);
    const [found, facets] = await Promise.all([searchClaims(db, filters, options), countFacets(db, filters)]);
    return c.json({ results: found.results, next_cursor: found.nextCursor, total: facets.total, total_capped: facets.capped, facets: {
      speaker: facets.speaker, outlet: facets.outlet, kind: facets.kind, day: facets.day } });
  });
  app.get('/api/claims/:id', async (c) => c.json(await getClaimDetail(db, parseId(c.req.param('id')))));
  app.get('/api/speakers/:id', async (c) => c.json(await getSpeakerDetail(db, parseId(c.req.param('id')))));
  const storyLimit = (c: Context) => ({ limit: parseStoryLimit(new URL(c.req.url).searchParams) });
  app.get('/api/stories', async (c) => c.json({ stories: await listStories(db, storyLimit(c)) }));
  app.get('/api/stories/:id', async (c) => c.json(await getStory(db, parseId(c.req.param('id')), storyLimit(c))));

  app.get('/api/export', (c) => {
    const spec = parseExport(new URL(c.req.url).searchParams);
    checkExportSpec(spec);
    const media = EXPORT_MEDIA[spec.format];
    const name = `claims${spec.mentions ? '-mentions' : ''}.${media.extension}`;
    return c.body(exportBody(db, spec), 200, {
      'content-type': media.type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });

  app.get('/api/feeds', async (c) => c.json({ feeds: await listFeedHealth(db) }));
  app.get('/api/status', async (c) => c.json({ counts: await countAll(db), ...(await jobsView()) }));

  async function jobsView() {
    let counts: Record<string, Record<string, number>> | null = null;
    let failed: FailedJob[] = [];
    // While Redis is down, its counts would wait for it: the view says why they are missing.
    const redis = queues ? (describeRedisProblem(queues.connection) ?? 'ok') : 'not configured';
    if (queues && redis === 'ok') {
      counts = {};
      for (const name of QUEUE_NAMES) {
        counts[name] = await queues.queues[name].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      }
      failed = await listFailed(queues, { limit: 50 });
    }
    return { queues: counts, redis, failed, backfills: await backfills.list(db, 20) };
  }

  app.get('/', async (c) => {
    const { filters, options } = parseSearch(new URL(c.req.url).searchParams);
    const [found, facets] = await Promise.all([searchClaims(db, filters, options), countFacets(db, filters)]);
    const unmatched = found.results.length === 0 && filters.query ? filters.query : null;
    const similar = unmatched ? await findSimilarSpeakers(db, unmatched) : [];
    const noWords = unmatched !== null && !(await hasSearchableWords(db, unmatched));
    return render(c, filters.query ? `“${filters.query}”` : 'Search', searchPage(filters, options.sort, found, facets, similar, noWords));
  });
  app.get('/claims/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    const current = await resolveClaimId(db, id);
    if (current !== id) return c.redirect(`/claims/${encodeURIComponent(current)}`, 301);
    const claim = await getClaimDetail(db, id);
    return render(c, claim.text.slice(0, 80), claimPage(claim));
  });
  app.get('/speakers/:id', async (c) => {
    const speaker = await getSpeakerDetail(db, parseId(c.req.param('id')));
    return render(c, speaker.name, speakerPage(speaker));
  });
  app.get('/stories', async (c) => render(c, 'Stories', storiesPage(await listStories(db, storyLimit(c)))));
  app.get('/stories/:id', async (c) => {
    const story = await getStory(db, parseId(c.req.param('id')), storyLimit(c));
    return render(c, story.title ?? 'Story', storyPage(story));
  });
  app.get('/feeds', async (c) => render(c, 'Feeds', feedsPage(await listFeedHealth(db))));
  app.get('/jobs', async (c) => render(c, 'Jobs', jobsPage(await jobsView())));

  deps.mountQueueBoard?.(app);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'not_found', message: `no route ${c.req.path}` } }, 404);
    return render(c, 'Not found', errorPage(404, `Nothing at ${c.req.path}.`), 404);
  });
  return app;
}
