import type { Queryable } from '../../store/db.ts';
import { getSpeakerDetail } from '../../store/speakerDetail.ts';
import { nameWithRole } from '../claimText.ts';
import { formatClaim, out } from '../output.ts';

/**
 * Prints a speaker with their aliases and every claim they made, most widely carried first.
 * @throws NotFoundError when there is no speaker with this id.
 */
export async function speakerCommand(db: Queryable, id: string, json: boolean): Promise<void> {
  const speaker = await getSpeakerDetail(db, id);
  if (json) {
    out(JSON.stringify(speaker));
    return;
  }
  out(`${nameWithRole(speaker.name, speaker.role)} · ${speaker.claim_count} claims · ${speaker.id}`);
  if (speaker.aliases.length > 0) out(`  also known as: ${speaker.aliases.join(', ')}`);
  out();
  for (const claim of speaker.claims) {
    formatClaim(claim).forEach((line) => out(line));
    out();
  }
}
