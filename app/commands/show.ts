import type { Queryable } from '../../store/db.ts';
import type { ClaimDetail } from '../../store/claimDetail.ts';
import { getClaimDetail } from '../../store/claimDetail.ts';
import { formatClaim, out } from '../output.ts';

/**
 * Prints one claim with every mention (article, sentence), its wordings, conflicts and the outlets'
 * timeline; an old id of a merged claim resolves to the claim that absorbed it.
 * @throws NotFoundError when no claim has, or had, this id.
 */
export async function showCommand(db: Queryable, id: string, json: boolean): Promise<void> {
  const claim = await getClaimDetail(db, id);
  if (json) {
    out(JSON.stringify(claim));
    return;
  }
  if (claim.redirected_from) out(`(${claim.redirected_from} was merged into ${claim.id})`);
  const [head, text] = formatClaim({ ...claim, articles: [], conflicts: [] });
  out(head);
  out(text);
  if (claim.speaker_id) out(`  speaker: ${claim.speaker ?? ''} (claims speaker ${claim.speaker_id})`);
  if (claim.story_id) out(`  story: claims story ${claim.story_id}`);
  out(`  first seen ${claim.first_seen ?? '?'} · last seen ${claim.last_seen ?? '?'}`);
  out();
  out('timeline (when each outlet first carried it):');
  for (const t of claim.timeline) out(`  ${t.first_at ?? '(no date)'}  ${t.outlet} (${t.article_count}): ${t.first_url}`);
  out();
  out('mentions:');
  for (const m of claim.mentions) {
    const a = m.article;
    out(`  - ${a.outlet ?? 'unknown outlet'} · ${a.published_at ?? a.fetched_at ?? ''} · ${a.title ?? '(untitled)'} <${a.url}>`);
    if (a.text_source) out(`    text: ${a.text_source}`);
    out(`    as printed: ${m.text}${m.speaker_raw ? ` (attributed to ${m.speaker_raw})` : ''}`);
    if (m.sentence && m.sentence !== m.text) out(`    sentence: ${m.sentence}`);
  }
  const printed = (w: ClaimDetail['wordings'][number]) => `  - ${w.text} (${w.articles.length} article${w.articles.length === 1 ? '' : 's'})`;
  const verbatim = claim.wordings.filter((w) => w.kind !== 'reworded');
  const reworded = claim.wordings.filter((w) => w.kind === 'reworded');
  if (verbatim.length > 1) {
    out();
    out('wordings:');
    for (const w of verbatim) out(printed(w));
  }
  if (reworded.length > 0) {
    // Apart from the verbatim ones: the statement in other words, joined by its content.
    out();
    out('reworded:');
    for (const w of reworded) out(printed(w));
  }
  if (claim.conflicts.length > 0) {
    out();
    out('conflicting variants:');
    for (const c of claim.conflicts) out(`  ! ${c.text} (${c.reason}) [${c.id}]`);
  }
}
