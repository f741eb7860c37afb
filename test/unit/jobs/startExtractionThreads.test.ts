import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { generatePages } from '../../../bench/e2e/generatePages.ts';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { quoteKeys } from '../../../dedupe/candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS } from '../../../dedupe/decideMerge.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';
import type { MentionToPlace } from '../../../dedupe/planMerges.ts';
import { planMerges, variantHash } from '../../../dedupe/planMerges.ts';
import { startExtractionThreads } from '../../../jobs/startExtractionThreads.ts';

describe('startExtractionThreads', () => {
  const threads = startExtractionThreads(2);
  after(() => threads.close());

  test('a page and its mentions come back from the threads as they are extracted in-process, many at once', async () => {
    const pages = generatePages(4).map((p) => ({ html: p.html, url: `https://bench.example${p.path}` }));
    const articles = await Promise.all(pages.map((p) => threads.extractPage(p.html, p.url)));
    assert.deepEqual(
      articles,
      pages.map((p) => extractArticle(p.html, p.url)),
    );
    const found = await Promise.all(articles.map((a) => threads.extractMentions(a.text)));
    assert.deepEqual(
      found,
      articles.map((a) => extractMentions(a.text)),
    );
    assert.ok(found.every((f) => f.mentions.length > 0));
  });

  test('a merge planned in the planning thread is the plan made in-process, while pages are extracted', async () => {
    const text = 'The harbour stays closed until the council agrees to the new budget for the quays';
    const variant = { text, speakerKey: 'ines calloway', entities: [], role: 'harbour master' };
    const keys = quoteKeys(tokenize(text));
    const mention = (mentionId: string, wording: string): MentionToPlace => ({
      mentionId,
      subject: { kind: 'quote', text: wording, speakerKey: 'ines calloway', role: 'harbour master', value: null, unit: null, entities: [] },
      speakerId: 's_calloway',
      speakerKey: 'ines calloway',
      keys: quoteKeys(tokenize(wording)),
      hits: [{ id: 'c_stored', kind: 'quote', value: null, unit: null, shared: keys, variants: [{ hash: variantHash(variant), ...variant }] }],
      // A Set crosses to the thread too: a saturated key ranks its claims after the others.
      saturated: new Set(keys.slice(0, 1)),
    });
    const mentions = [mention('m_one', text), mention('m_two', `${text} again`), mention('m_three', 'Nothing alike is said here at all today')];
    const page = generatePages(1).map((p) => threads.extractPage(p.html, `https://bench.example${p.path}`));
    const planned = await threads.planMerges(mentions, DEFAULT_MERGE_OPTIONS);
    await Promise.all(page);
    assert.deepEqual(planned, planMerges(mentions, DEFAULT_MERGE_OPTIONS));
    assert.ok(planned.outcomes.some((o) => !o.created) && planned.outcomes.some((o) => o.created));
  });

  test('after close, extraction is refused', async () => {
    const closing = startExtractionThreads(1);
    await closing.close();
    await assert.rejects(closing.extractMentions('"Yes," she said.'), /closed/);
    await assert.rejects(closing.planMerges([], DEFAULT_MERGE_OPTIONS), /closed/);
  });
});
