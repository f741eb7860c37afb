import type { Config } from '../../jobs/config.ts';
import { DROP_REASONS, previewExtraction } from '../../jobs/previewExtraction.ts';
import type { ExtractedDocument } from '../../jobs/previewExtraction.ts';
import { messageOf } from '../../jobs/runReport.ts';
import { nameWithRole } from '../claimText.ts';
import { note, out } from '../output.ts';

type Mention = ExtractedDocument['mentions'][number];

const mentionJson = (m: Mention) => ({
  kind: m.kind,
  text: m.text,
  speaker: m.speaker,
  role: m.role,
  cue: m.cue,
  start: m.start,
  end: m.end,
  value: m.value,
  unit: m.unit,
  qualifier: m.qualifier,
  speaker_raw: m.speakerRaw,
  speaker_start: m.speakerStart,
  speaker_end: m.speakerEnd,
  sentence: m.sentence,
});

/**
 * The JSON shape of `claims extract --json` (the contract in DESIGN.md): `mentions` are those `claims ingest`
 * stores; `dropped` those it leaves out, each with its `reason` and `why`.
 */
export function documentJson(doc: ExtractedDocument) {
  return {
    url: doc.url,
    title: doc.title,
    byline: doc.byline,
    // Each author apart ("By Jane Roe and John Doe" gives two); a byline read as one name is one.
    authors: doc.authors ?? (doc.byline ? [doc.byline] : []),
    published_at: doc.publishedAt,
    modified_at: doc.modifiedAt ?? null,
    language: doc.language,
    site_name: doc.siteName,
    canonical_url: doc.canonicalUrl,
    text: doc.text,
    mentions: doc.mentions.map(mentionJson),
    dropped: doc.dropped.map((d) => ({ ...mentionJson(d.mention), reason: d.reason, why: DROP_REASONS[d.reason] })),
  };
}

const describe = (m: Mention): string => {
  const who = m.speaker ? nameWithRole(m.speaker, m.role) : '?';
  const detail = m.kind === 'number' ? `${m.value} ${m.unit ?? ''}`.trim() : `${who} ${m.cue ?? ''}`.trim();
  return `[${m.kind}] ${detail}: ${m.text.length > 140 ? `${m.text.slice(0, 137)}...` : m.text}`;
};

function printReadable(doc: ExtractedDocument): void {
  out(`${doc.title ?? '(untitled)'} <${doc.url}>`);
  out(`  ${[doc.byline, doc.publishedAt, doc.language, `${doc.text.length} chars`].filter(Boolean).join(' · ')}`);
  for (const m of doc.mentions) out(`  ${describe(m)}`);
  if (doc.dropped.length > 0) {
    out(`  not stored by ingest (${doc.dropped.length}):`);
    for (const d of doc.dropped) out(`  dropped ${describe(d.mention)}\n    why: ${DROP_REASONS[d.reason]}`);
  }
  out();
}

/** Why an input gave no article to show: it leads to other documents, which ingest fetches. */
export const NO_ARTICLE =
  'no article of its own to show: a feed whose entries carry no full text (ingest fetches the page each links to; an entry with neither link nor GUID is skipped), or an OPML list or a sitemap (ingest follows them)';

/** Prints the extraction of each input (stores nothing); a failing input is named and the others go on. */
export async function extractCommand(inputs: readonly string[], fetchOptions: Config['fetch'], json: boolean): Promise<void> {
  for (const input of inputs) {
    try {
      const docs = await previewExtraction(input, fetchOptions);
      for (const doc of docs) {
        if (json) out(JSON.stringify(documentJson(doc)));
        else printReadable(doc);
      }
      // Said on stderr, so that --json output stays one document a line.
      if (docs.length === 0) note(`${input}: ${NO_ARTICLE}`);
    } catch (error) {
      note(`failed: ${input}: ${messageOf(error, input)}`);
      process.exitCode = 1;
    }
  }
}
