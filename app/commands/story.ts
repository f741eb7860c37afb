import type { Queryable } from '../../store/db.ts';
import { getStory, listStories } from '../../store/stories.ts';
import { dayOf, daySpan, nameWithRole, outletCount, quoteMarks } from '../claimText.ts';
import { note, out, plural } from '../output.ts';

const day = (iso: string | null) => dayOf(iso) ?? 'undated';

/**
 * Prints a story: its articles, then its claims by spread within the story, each with who said it, the
 * outlets that carried it and the one that carried it first.
 * @throws NotFoundError when there is no story with this id.
 */
export async function storyCommand(
  db: Queryable,
  id: string,
  flags: { limit: number; json: boolean },
): Promise<void> {
  const story = await getStory(db, id, { limit: flags.limit });
  if (flags.json) {
    out(JSON.stringify(story));
    return;
  }
  const days = daySpan(story.firstSeen, story.lastSeen);
  out(
    `${story.title ?? '(untitled)'} · ${plural(story.articleCount, 'article')}, ${outletCount(story.outletCount, story.articleCount)} · ${days ? `${days} · ` : ''}${story.id}`,
  );
  for (const a of story.articles) {
    const published = dayOf(a.publishedAt);
    out(`  - ${published ? `${published} ` : ''}${a.outlet ?? 'unknown outlet'}: ${a.title ?? '(untitled)'} <${a.url}>`);
  }
  out();
  for (const c of story.claims) {
    const who =
      c.kind === 'number'
        ? 'figure'
        : c.speaker
          ? nameWithRole(c.speaker, c.role)
          : '(no speaker)';
    out(
      `[${c.kind}] ${who} · ${plural(c.articleCount, 'article')}, ${outletCount(c.outletCount, c.articleCount)} · ${c.id}`,
    );
    out(`  ${quoteMarks(c.kind, c.text)}`);
    if (c.outlets.length > 0)
      out(
        `    carried by ${c.outlets.join(', ')}; first ${c.firstOutlet ?? 'an article of unknown outlet'} (${day(c.firstSeen)})`,
      );
    out();
  }
  if (story.claimCount > story.claims.length)
    note(`${story.claims.length} of ${plural(story.claimCount, 'claim')} shown; add --limit N for more`);
}

/** Prints the stories, the most recent first: id, title, size, last article. */
export async function storiesCommand(db: Queryable, flags: { limit: number; json: boolean }): Promise<void> {
  const stories = await listStories(db, { limit: flags.limit });
  if (flags.json) {
    for (const s of stories) out(JSON.stringify(s));
    return;
  }
  if (stories.length === 0)
    note('no stories yet: ingest articles (or run `claims recluster` after an upgrade)');
  for (const s of stories) {
    out(
      `${s.id}  ${day(s.lastSeen)}  ${plural(s.articleCount, 'article')}, ${outletCount(s.outletCount, s.articleCount)}  ${s.title ?? '(untitled)'}`,
    );
  }
}
