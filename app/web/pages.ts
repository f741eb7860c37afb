import type { Backfill } from '../../store/backfills.ts';
import type { ClaimDetail } from '../../store/claimDetail.ts';
import type { ClaimFilters } from '../../store/claimFilters.ts';
import type { ClaimRecord } from '../../store/claimRecords.ts';
import type { Facets } from '../../store/facets.ts';
import type { FeedHealth } from '../../store/feedHealth.ts';
import type { SearchPage } from '../../store/search.ts';
import type { SpeakerDetail } from '../../store/speakerDetail.ts';
import type { Story, StorySummary } from '../../store/stories.ts';
import type { FailedJob } from '../../jobs/failedJobs.ts';
import { dayOf, daySpan, NO_SEARCHABLE_WORDS, outletCount, quoteMarks, roleToShow } from '../claimText.ts';
import { html, linkOut } from './html.ts';
import type { SafeHtml } from './html.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const when = (iso: string | null) => (iso ? html`<time datetime="${iso}">${iso.replace('T', ' ').replace('Z', ' UTC')}</time>` : 'no date');
const claimHref = (id: string) => `/claims/${encodeURIComponent(id)}`;
const speakerHref = (id: string) => `/speakers/${encodeURIComponent(id)}`;
const storyHref = (id: string) => `/stories/${encodeURIComponent(id)}`;

/** A query string from parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  }
  const s = search.toString();
  return s === '' ? '' : `?${s}`;
}

/** The filters as query parameters (the names of the API). */
export const filterParams = (f: ClaimFilters) => ({
  q: f.query,
  kind: f.kind,
  speaker: f.speaker,
  outlet: f.outlet,
  since: f.since,
  until: f.until,
  min_outlets: f.minOutlets,
  has_conflicts: f.hasConflicts === undefined ? undefined : f.hasConflicts ? '1' : '0',
  story: f.story,
});

/** One claim in a list: kind, who, the words, how far it spread. */
function claimItem(claim: ClaimRecord & { story_id?: string | null }): SafeHtml {
  // A figure reads as it was printed (the text below), not as the number it was parsed to.
  return html`<li>
<span class="kind">${claim.kind}</span> <strong>${claim.kind === 'number' ? 'figure' : (claim.speaker ?? 'no speaker')}</strong>${roleToShow(claim.speaker, claim.role) ? html` <span class="meta">(${claim.role})</span>` : ''}
<blockquote><a href="${claimHref(claim.id)}">${quoteMarks(claim.kind, claim.text)}</a></blockquote>
<div class="meta">${outletCount(claim.outlet_count, claim.article_count)} · ${plural(claim.article_count, 'article')} · first seen ${when(claim.first_seen)}${claim.story_id ? html` · <a href="${storyHref(claim.story_id)}">story</a>` : ''}${claim.conflicts.length > 0 ? html` · <span class="warn">${plural(claim.conflicts.length, 'conflicting variant')}</span>` : ''}</div>
</li>`;
}

function facetList(name: string, param: string, counts: Facets['speaker'], filters: ClaimFilters): SafeHtml {
  if (counts.length === 0) return html``;
  const base = filterParams(filters);
  return html`<h2>${name}</h2><ul>${counts.map(
    (c) => html`<li><a href="/${queryString({ ...base, [param]: c.value })}">${c.value}</a> <span class="meta">${c.count}</span></li>`,
  )}</ul>`;
}

/** The search page: the form with its filters, the results, facets, the next page and the CSV download. */
export function searchPage(
  filters: ClaimFilters,
  sort: string | undefined,
  result: SearchPage,
  facets: Facets,
  /** Speakers named like the words, offered when nothing matches (as `claims search` does). */
  similar: ReadonlyArray<{ id: string; name: string }> = [],
  /** The words are all of those search leaves out (common words, a lone `-` or `OR`): say so. */
  noSearchableWords = false,
): SafeHtml {
  const f = filterParams(filters);
  const option = (value: string, label: string, current: string | undefined) =>
    html`<option value="${value}"${current === value ? html` selected` : ''}>${label}</option>`;
  const next = result.nextCursor ? `/${queryString({ ...f, sort, after: result.nextCursor })}` : null;
  return html`<h1>Search claims</h1>
<form class="search" method="get" action="/" role="search">
<div class="wide"><label for="q" class="visually-hidden">Words</label>
<input id="q" name="q" type="search" value="${filters.query ?? ''}" placeholder='Peskov, "exact phrase", -exclude, this OR that'>
<button type="submit">Search</button></div>
<label>Speaker <input name="speaker" value="${filters.speaker ?? ''}" placeholder="Peskov"></label>
<label>Outlet <input name="outlet" value="${filters.outlet ?? ''}"></label>
<label>Kind <select name="kind">${option('', 'any', filters.kind ?? '')}${option('quote', 'quote', filters.kind)}${option('statement', 'statement', filters.kind)}${option('number', 'figure', filters.kind)}</select></label>
<label>Seen since <input name="since" type="date" value="${filters.since ?? ''}"></label>
<label>First seen before <input name="until" type="date" value="${filters.until ?? ''}"></label>
<label>At least … outlets <input name="min_outlets" type="number" min="1" value="${filters.minOutlets ?? ''}"></label>
<label>Sort <select name="sort">${option('', 'best match', sort ?? '')}${option('spread', 'spread (outlets)', sort)}${option('recent', 'most recent', sort)}</select></label>
<label class="check"><input name="has_conflicts" type="checkbox" value="1"${filters.hasConflicts ? html` checked` : ''}> with conflicting variants</label>
${filters.story ? html`<label class="check"><input name="story" type="checkbox" value="${filters.story}" checked> in <a href="${storyHref(filters.story)}">this story</a> only</label>` : ''}
</form>
<div class="actions"><span>${facets.capped ? `more than ${facets.total} claims (facets count the first ${facets.total})` : plural(facets.total, 'claim')}</span>
<a class="button" href="/api/export${queryString({ ...f, format: 'csv' })}" download>Download CSV</a>
<a href="/api/export${queryString({ ...f, format: 'csv', mentions: '1' })}" download>CSV, one row per mention</a>
<a href="/api/export${queryString({ ...f, format: 'claimreview' })}">JSON-LD</a></div>
<div class="layout">
<section aria-label="Results">${
    result.results.length === 0
      ? html`<p>No claim matches. ${noSearchableWords ? `${capitalise(NO_SEARCHABLE_WORDS)}.` : "Try fewer words, or a speaker's name in the Speaker box (it forgives misspellings)."}</p>${
          similar.length > 0
            ? html`<p>Did you mean a speaker: ${similar.map((sp, i) => html`${i > 0 ? ', ' : ''}<a href="/${queryString({ speaker: sp.name })}">${sp.name}</a>`)}?</p>`
            : ''
        }`
      : html`<ol class="results">${result.results.map(claimItem)}</ol>`
  }${next ? html`<p><a href="${next}" rel="next">Next page</a></p>` : ''}</section>
<aside aria-label="Facets">${facetList('Speakers', 'speaker', facets.speaker, filters)}${facetList('Outlets', 'outlet', facets.outlet, filters)}${facetList('Kinds', 'kind', facets.kind, filters)}${facetList('First seen', 'since', facets.day, filters)}</aside>
</div>`;
}

/** A claim's wordings: the verbatim ones (when more than one), then the reworded ones apart, marked as such; only a quote's in quote marks. */
function wordingLists(kind: string, wordings: ClaimDetail['wordings']): SafeHtml | string {
  const item = (w: ClaimDetail['wordings'][number]) => html`<li>${quoteMarks(kind, w.text)} <span class="meta">(${plural(w.articles.length, 'article')})</span></li>`;
  const verbatim = wordings.filter((w) => w.kind !== 'reworded');
  const reworded = wordings.filter((w) => w.kind === 'reworded');
  return html`${verbatim.length > 1 ? html`<h2>Wordings</h2><ul class="wordings verbatim">${verbatim.map(item)}</ul>` : ''}${
    reworded.length > 0
      ? html`<h2>Reworded</h2><p class="meta">The same statement in other words, joined by what it says, not by its words.</p><ul class="wordings reworded">${reworded.map(item)}</ul>`
      : ''
  }`;
}

/** A claim: its words and speaker, the timeline of outlets, every mention with its article, variants, conflicts. */
export function claimPage(claim: ClaimDetail): SafeHtml {
  return html`<p class="meta"><a href="/">← Search</a></p>
<h1><span class="kind">${claim.kind}</span> ${claim.kind === 'number' ? 'figure' : claim.speaker ?? 'no speaker'}</h1>
${claim.redirected_from ? html`<p class="meta">${claim.redirected_from} was merged into this claim.</p>` : ''}
<blockquote><p>${quoteMarks(claim.kind, claim.text)}</p></blockquote>
<p class="meta">${claim.speaker_id ? html`<a href="${speakerHref(claim.speaker_id)}">${claim.speaker ?? 'speaker'}</a>${roleToShow(claim.speaker, claim.role) ? `, ${claim.role}` : ''} · ` : ''}${outletCount(claim.outlet_count, claim.article_count)} · ${plural(claim.article_count, 'article')} · ${plural(claim.mention_count, 'mention')} · first seen ${when(claim.first_seen)} · last seen ${when(claim.last_seen)} · <code>${claim.id}</code></p>
<div class="actions">${claim.story_id ? html`<a href="${storyHref(claim.story_id)}">Its story</a> ` : ''}<a href="/api/claims/${encodeURIComponent(claim.id)}">JSON</a></div>
<h2>Timeline</h2>
<ol class="timeline">${claim.timeline.map(
    (t) => html`<li>${when(t.first_at)}: <strong>${t.outlet}</strong> — ${linkOut(t.first_url, t.first_title ?? t.first_url)}${t.article_count > 1 ? html` <span class="meta">(${plural(t.article_count, 'article')})</span>` : ''}</li>`,
  )}</ol>
<h2>Articles and mentions</h2>
<ol class="results">${claim.mentions.map(
    (m) => html`<li class="mention"><div><strong>${m.article.outlet ?? 'unknown outlet'}</strong> · ${when(m.article.published_at ?? m.article.fetched_at)}</div>
<div>${linkOut(m.article.url, m.article.title ?? m.article.url)}${m.article.title ? html`<div class="meta url">${m.article.url}</div>` : ''}</div>${m.article.text_source ? html`<div class="meta warn">${m.article.text_source}</div>` : ''}
<blockquote>${m.sentence ?? m.text}</blockquote>
<div class="meta">as printed: ${quoteMarks(claim.kind, m.text)}${m.speaker_raw ? ` — attributed to ${m.speaker_raw}` : ''}</div></li>`,
  )}</ol>
${wordingLists(claim.kind, claim.wordings)}
${claim.conflicts.length > 0 ? html`<h2 class="warn">Conflicting variants</h2><ul>${claim.conflicts.map((c) => html`<li><a href="${claimHref(c.id)}">${c.text}</a> <span class="meta">(${c.reason})</span></li>`)}</ul>` : ''}`;
}

const day = (iso: string | null) => dayOf(iso) ?? 'undated';

/** A story: its articles, and its claims by spread within it with who said them, the outlets and who carried each first. */
export function storyPage(story: Story): SafeHtml {
  return html`<p class="meta"><a href="/stories">← Stories</a> · <a href="/">Search</a></p>
<h1>${story.title ?? 'Untitled story'}</h1>
<p class="meta">${plural(story.articleCount, 'article')} · ${outletCount(story.outletCount, story.articleCount)} · ${daySpan(story.firstSeen, story.lastSeen) ?? 'no article dated'} · <code>${story.id}</code></p>
<div class="actions"><a href="/${queryString({ story: story.id })}">Search its claims</a> <a href="/api/export${queryString({ story: story.id, format: 'csv' })}" download>Download CSV</a> <a href="/api/stories/${encodeURIComponent(story.id)}">JSON</a></div>
<h2>Claims, most widely carried first</h2>
${story.claims.length === 0 ? html`<p>No claims yet.</p>` : html`<ol class="results story-claims">${story.claims.map(
    (c) => html`<li><span class="kind">${c.kind}</span> <strong>${c.kind === 'number' ? 'figure' : (c.speaker ?? 'no speaker')}</strong>${roleToShow(c.speaker, c.role) ? html` <span class="meta">(${c.role})</span>` : ''}
<blockquote><a href="${claimHref(c.id)}">${quoteMarks(c.kind, c.text)}</a></blockquote>
<div class="meta">${outletCount(c.outletCount, c.articleCount)} · ${plural(c.articleCount, 'article')}${c.outlets.length > 0 ? html` · carried by ${c.outlets.join(', ')}` : ''} · first: <strong>${c.firstOutlet ?? 'unknown outlet'}</strong>, ${linkOut(c.firstUrl, c.firstTitle ?? c.firstUrl)} (${day(c.firstSeen)})</div></li>`,
  )}</ol>`}
${story.claimCount > story.claims.length ? html`<p class="meta">${story.claims.length} of ${plural(story.claimCount, 'claim')} shown.</p>` : ''}
<h2>Articles</h2>
<ol class="results">${story.articles.map(
    (a) => html`<li><strong>${a.outlet ?? 'unknown outlet'}</strong> · ${dayOf(a.publishedAt) ?? 'undated'} · ${linkOut(a.url, a.title ?? a.url)}</li>`,
  )}</ol>`;
}

/** The stories, the most recent first. */
export function storiesPage(stories: StorySummary[]): SafeHtml {
  return html`<p class="meta"><a href="/">← Search</a></p>
<h1>Stories</h1>
${stories.length === 0 ? html`<p>No stories yet.</p>` : html`<ol class="results">${stories.map(
    (s) => html`<li><a href="${storyHref(s.id)}">${s.title ?? 'Untitled story'}</a> <span class="meta">${plural(s.articleCount, 'article')} · ${outletCount(s.outletCount, s.articleCount)} · ${s.lastSeen ? `last ${day(s.lastSeen)}` : 'undated'}</span></li>`,
  )}</ol>`}`;
}

/** A speaker: names and every claim. */
export function speakerPage(speaker: SpeakerDetail): SafeHtml {
  return html`<p class="meta"><a href="/">← Search</a></p>
<h1>${speaker.name}</h1>
<p class="meta">${roleToShow(speaker.name, speaker.role) ?? ''}${roleToShow(speaker.name, speaker.role) ? ' · ' : ''}${plural(speaker.claim_count, 'claim')}${speaker.aliases.length > 0 ? ` · also: ${speaker.aliases.join(', ')}` : ''}</p>
<div class="actions"><a href="/${queryString({ speaker: speaker.name })}">Search their claims</a> <a href="/api/speakers/${encodeURIComponent(speaker.id)}">JSON</a></div>
<ol class="results">${speaker.claims.map(claimItem)}</ol>`;
}

/** An interval in the largest unit that fits: 45 s, 15 min, 2 h, 1.5 d. */
function interval(seconds: number): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${round(seconds / 60)} min`;
  if (seconds < 86_400) return `${round(seconds / 3600)} h`;
  return `${round(seconds / 86_400)} d`;
}

/** Feeds and their fetch health: every field `claims feeds list` prints, and the articles stored from each. */
export function feedsPage(feeds: FeedHealth[]): SafeHtml {
  if (feeds.length === 0) return html`<h1>Feeds</h1><p>No feeds yet: <code>claims feeds add URL</code> subscribes to one.</p>`;
  const failing = feeds.filter((f) => f.last_status === 'failing').length;
  return html`<h1>Feeds</h1>
<p class="meta">${plural(feeds.length, 'feed')}${failing > 0 ? html` · <span class="warn">${failing} failing</span>` : ''}. Failing feeds first.</p>
<div class="scroll"><table class="feeds">
<thead><tr><th scope="col">Feed</th><th scope="col">Status</th><th scope="col">Last fetch</th><th scope="col">Next fetch</th><th scope="col">Errors in a row</th><th scope="col">Articles seen</th><th scope="col">Answered 304</th></tr></thead>
<tbody>${feeds.map(feedRow)}</tbody></table></div>`;
}

function feedRow(f: FeedHealth): SafeHtml {
  const status = f.last_status ?? 'never fetched';
  const troubled = f.consecutive_errors > 0 || f.last_status === 'failing';
  return html`<tr data-feed="${f.id}"><td>${linkOut(f.url, f.title ?? f.url)}<div class="meta url">${f.url}</div>${f.outlet ? html`<div class="meta">outlet: ${f.outlet}</div>` : ''}${f.subscribed ? '' : html`<div class="meta">not subscribed</div>`}</td>
<td class="${troubled ? 'warn' : ''}"><span class="status">${status}</span>${f.failing_since ? html` since ${when(f.failing_since)}` : ''}${f.last_error ? html`<div class="meta">last error: ${f.last_error}</div>` : ''}</td>
<td>${f.last_fetched_at ? when(f.last_fetched_at) : '—'}</td>
<td>${f.next_fetch_at ? when(f.next_fetch_at) : '—'}${f.subscribed ? html`<div class="meta">every ${interval(f.every_seconds)}</div>` : ''}</td>
<td>${f.consecutive_errors}</td>
<td>${f.articles_seen}<div class="meta">${plural(f.article_count, 'article')} stored</div></td>
<td>${f.not_modified_rate === null ? '—' : `${Math.round(f.not_modified_rate * 100)}%`}</td></tr>`;
}

export interface JobsView {
  queues: Record<string, Record<string, number>> | null;
  /** `ok`, `not configured`, or why Redis does not answer (then `queues` is null). */
  redis: string;
  failed: FailedJob[];
  backfills: Backfill[];
}

/** Queues, failed jobs and backfills. */
export function jobsPage(view: JobsView): SafeHtml {
  const states = ['waiting', 'active', 'delayed', 'failed', 'completed'];
  return html`<h1>Jobs</h1>
<h2>Queues</h2>
${view.queues
    ? html`<div class="scroll"><table><thead><tr><th scope="col">Queue</th>${states.map((s) => html`<th scope="col">${s}</th>`)}</tr></thead>
<tbody>${Object.entries(view.queues).map(([name, c]) => html`<tr><td>${name}</td>${states.map((s) => html`<td>${c[s] ?? 0}</td>`)}</tr>`)}</tbody></table></div>
<p><a href="/admin/queues">Queue dashboard</a></p>`
    : view.redis === 'not configured'
      ? html`<p>No Redis configured (REDIS_URL): jobs run inside the command that starts them.</p>`
      : html`<p class="warn">${view.redis}</p>`}
<h2>Backfills</h2>
${view.backfills.length === 0
    ? html`<p>No backfill yet (<code>claims backfill --help</code>).</p>`
    : html`<div class="scroll"><table><thead><tr><th scope="col">Id</th><th scope="col">What</th><th scope="col">Status</th><th scope="col">Progress</th><th scope="col">Updated</th></tr></thead>
<tbody>${view.backfills.map(
        (b) => html`<tr><td><code>${b.id}</code></td><td>${describeBackfill(b)}</td><td class="${b.status === 'failed' || b.status === 'stopped' ? 'warn' : ''}">${b.status}${b.lastError ? html`<div class="meta">${b.lastError}</div>` : ''}</td>
<td><progress max="${Math.max(b.total, 1)}" value="${b.done}" aria-label="progress of ${b.id}"></progress> ${b.done}/${b.total}${b.failed > 0 ? html` <span class="warn">(${b.failed} failed)</span>` : ''}</td><td>${when(b.updatedAt)}</td></tr>`,
      )}</tbody></table></div>`}
${view.queues ? html`<h2>Failed jobs</h2>${view.failed.length === 0 ? html`<p>None.</p>` : html`<div class="scroll"><table><thead><tr><th scope="col">Queue</th><th scope="col">Subject</th><th scope="col">Reason</th><th scope="col">Failed</th></tr></thead>
<tbody>${view.failed.map((j) => html`<tr><td>${j.queue}</td><td class="url">${j.subject}</td><td>${j.error}</td><td>${when(j.failedAt)}</td></tr>`)}</tbody></table></div>`}` : ''}`;
}

function describeBackfill(b: Backfill): string {
  const p = b.params;
  if (p.source === 'dir') return `folder ${p.path}`;
  if (p.source === 'sitemap') return `sitemap ${p.url}`;
  return `stored articles (${p.stage})${p.since ? ` since ${p.since}` : ''}${p.until ? ` until ${p.until}` : ''}${p.feedId ? ` of feed ${p.feedId}` : ''}`;
}

/** An error page with the message the user can act on. */
export const errorPage = (status: number, message: string): SafeHtml =>
  html`<h1>${status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Something went wrong'}</h1><p>${message}</p><p><a href="/">Back to search</a></p>`;
