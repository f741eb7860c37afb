import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import { after, describe, test } from 'node:test';
import { generatePages } from '../../../bench/e2e/generatePages.ts';
import { extractArticle } from '../../../extract/extractArticle.ts';
import { extractMentions } from '../../../extract/extractMentions.ts';
import { quoteKeys } from '../../../dedupe/candidateKeys.ts';
import { DEFAULT_MERGE_OPTIONS } from '../../../dedupe/decideMerge.ts';
import { tokenize } from '../../../dedupe/normalizeText.ts';
import type { MentionToPlace } from '../../../dedupe/planMerges.ts';
import { planMerges, variantHash } from '../../../dedupe/planMerges.ts';
import { DEFAULT_STORY_OPTIONS } from '../../../dedupe/groupStories.ts';
import type { StoryArticle } from '../../../dedupe/placeStories.ts';
import { regroupNeighbourhood } from '../../../dedupe/placeStories.ts';
import { documentFrequencies, termCounts } from '../../../dedupe/storyVectors.ts';
import { startExtractionThreads } from '../../../jobs/startExtractionThreads.ts';

describe('startExtractionThreads', () => {
  const threads = startExtractionThreads(2, 2);
  const { planMerges: planInThread, regroupNeighbourhood: regroupInThread } = threads;
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
    assert.ok(planInThread);
    const planned = await planInThread(mentions, DEFAULT_MERGE_OPTIONS);
    await Promise.all(page);
    assert.deepEqual(planned, planMerges(mentions, DEFAULT_MERGE_OPTIONS));
    assert.ok(planned.outcomes.some((o) => !o.created) && planned.outcomes.some((o) => o.created));
  });

  test('a neighbourhood grouped again in a dedupe thread is grouped as in-process, a kept story and dates crossing', async () => {
    const texts = [
      'A 6.1 earthquake struck Aceh on Tuesday, killing 22 people in Bener Meriah, Sutopo Purwo Nugroho said.',
      'At least 22 people died when the 6.1 quake hit Aceh and buried villages in Bener Meriah, said Sutopo Purwo Nugroho.',
      'Chelsea beat Arsenal 2-1 at Stamford Bridge on Sunday, and Mikel Arteta said his side had been unlucky.',
      'Mikel Arteta said Arsenal were unlucky to lose 2-1 to Chelsea at Stamford Bridge in the derby on Sunday.',
    ];
    const articles: StoryArticle[] = texts.map((text, i) => ({
      id: `a${i}`,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
      counts: termCounts({ text }, DEFAULT_STORY_OPTIONS.nameWeight),
      groupId: `a${i}`,
      storyId: i === 3 ? '0kept' : null,
    }));
    const stats = { total: articles.length, df: documentFrequencies(articles.map((a) => a.counts)) };
    const kept = new Set(['0kept']);
    assert.ok(regroupInThread);
    const stories = await regroupInThread(articles, stats, DEFAULT_STORY_OPTIONS, kept);
    assert.deepEqual(stories, regroupNeighbourhood(articles, stats, DEFAULT_STORY_OPTIONS, kept));
    assert.deepEqual(Object.fromEntries(stories), { a0: 'a0', a1: 'a0', a2: '0kept', a3: '0kept' });
  });

  test('the extraction threads run at the nice value given, the rest of the process at its own', { skip: process.platform !== 'linux' }, async () => {
    // The nice value of each of this process's threads (the 19th field of /proc's stat, after the command's parenthesis).
    const niceOfThreads = () =>
      fs.readdirSync('/proc/self/task').map((tid) => {
        const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return { tid: Number(tid), nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
      });
    const own = os.getPriority();
    const before = new Set(niceOfThreads().map((t) => t.tid));
    const niced = startExtractionThreads(2, 1, 19);
    try {
      // Each thread has set its priority once it answers.
      await Promise.all([niced.extractMentions('"Yes," she said.'), niced.extractMentions('"No," he said.')]);
      const started = niceOfThreads().filter((t) => !before.has(t.tid));
      assert.equal(started.filter((t) => t.nice === 19).length, 2, 'both extraction threads at 19');
      assert.equal(os.getPriority(), own, "the event loop's thread keeps its own");
      assert.ok(niceOfThreads().some((t) => t.tid === process.pid && t.nice === own));
    } finally {
      await niced.close();
    }
  });

  test('after close, extraction is refused', async () => {
    const closing = startExtractionThreads(1, 1);
    await closing.close();
    await assert.rejects(closing.extractMentions('"Yes," she said.'), /closed/);
    await assert.rejects(closing.planMerges?.([], DEFAULT_MERGE_OPTIONS) ?? Promise.resolve(), /closed/);
    assert.equal(startExtractionThreads(1).planMerges, undefined, 'no dedupe threads unless asked for');
  });
});
