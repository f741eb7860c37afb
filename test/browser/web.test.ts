// Drives `claims serve` in Debian's real Chromium (playwright-core): search, open a claim, download the CSV.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { tempDir } from '../integration/services.ts';
import { CHROMIUM, CHROMIUM_ARGS, seededDatabase, startServe } from './startServe.ts';

describe('the web page in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; child: ChildProcess };
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    const database = await seededDatabase('browser');
    cleanups.push(database.drop);
    server = await startServe({ ...process.env, DATABASE_URL: database.url, REDIS_URL: '', LOG_LEVEL: 'error', CLAIMS_API_TOKEN: '' });
    cleanups.unshift(async () => {
      server.child.kill('SIGTERM');
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    cleanups.unshift(() => browser.close());
    page = await browser.newPage({ acceptDownloads: true });
  });

  after(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  });

  test('a quote reads between quote marks, a statement (reported speech) without them', async () => {
    for (const [kind, marked] of [['quote', true], ['statement', false]] as const) {
      await page.goto(`${server.url}/?kind=${kind}`);
      const words = await page.locator('ol.results > li blockquote a').allInnerTexts();
      assert.ok(words.length > 0, `the seeds hold a ${kind}`);
      for (const text of words) assert.equal(/^“.*”$/s.test(text.trim()), marked, `${kind}: ${text}`);
    }
  });

  test('search "Peskov", open the claim, see its articles, download the CSV of the search', async () => {
    await page.goto(server.url);
    await page.getByLabel('Words').fill('Peskov');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=Peskov/);
    const results = page.locator('ol.results > li');
    assert.ok((await results.count()) > 0, 'the search lists claims');
    assert.match(await results.first().innerText(), /Dmitry Peskov/);
    assert.match(await page.locator('aside').innerText(), /Dmitry Peskov/, 'the speaker facet counts him');

    // The claim most widely carried: the one whose page lists more than one article.
    await page.goto(`${server.url}/?q=Peskov&sort=spread`);
    const first = page.locator('ol.results > li blockquote a').first();
    const claimText = (await first.innerText()).replace(/[“”]/g, '');
    await first.click();
    await page.waitForURL(/\/claims\/c_/);
    assert.match(await page.locator('h1').innerText(), /Dmitry Peskov/);
    assert.ok((await page.locator('main blockquote').first().innerText()).includes(claimText.slice(0, 40)));
    const mentions = page.locator('li.mention');
    assert.ok((await mentions.count()) >= 2, 'every article that carried it is listed');
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const claim = (await (await fetch(`${server.url}/api/claims/${id}`)).json()) as { articles: Array<{ url: string; title: string | null }> };
    assert.ok(claim.articles.length >= 2);
    const listed = (await mentions.allInnerTexts()).join('\n');
    for (const article of claim.articles) assert.ok(listed.includes(article.title ?? article.url), `${article.url} is listed`);
    assert.ok((await page.locator('ol.timeline > li').count()) >= 2, 'the timeline has an entry per outlet');
    if (process.env.CLAIMDESK_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.CLAIMDESK_SCREENSHOTS, 'claim.png'), fullPage: true });

    await page.goto(`${server.url}/?q=Peskov`);
    if (process.env.CLAIMDESK_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.CLAIMDESK_SCREENSHOTS, 'search.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'claims.csv');
    const temp = await tempDir();
    cleanups.push(temp.remove);
    const file = path.join(temp.dir, 'claims.csv');
    await download.saveAs(file);
    const csv = await fs.readFile(file, 'utf8');
    assert.ok(csv.startsWith('id,kind,speaker,role,text,'), csv.slice(0, 80));
    const rows = csv.split('\r\n').filter((line) => line.startsWith('c_'));
    assert.equal(rows.length, await results.count(), 'one row per claim of the search');
    assert.ok(rows.every((row) => row.includes('Dmitry Peskov')), 'only the claims of the search');
    assert.ok(csv.includes(claimText.slice(0, 40)));
  });

  test('from a claim to its story: the story lists its claims with the outlets and the first, and filters the search', async () => {
    await page.goto(`${server.url}/?q=Peskov&sort=spread`);
    await page.locator('ol.results > li blockquote a').first().click();
    await page.waitForURL(/\/claims\/c_/);
    await page.getByRole('link', { name: 'Its story' }).click();
    await page.waitForURL(/\/stories\//);
    assert.match(await page.locator('h1').innerText(), /\S/);
    const claims = page.locator('ol.story-claims > li');
    assert.ok((await claims.count()) >= 2, 'the story lists its claims');
    assert.match(await claims.first().innerText(), /\d+ articles? · first: .+ \((\d{4}-\d\d-\d\d|undated)\)/);
    assert.match(await page.locator('ol.story-claims').innerText(), /Peskov/, 'who said what');
    await page.getByRole('link', { name: 'Search its claims' }).click();
    await page.waitForURL(/\?story=/);
    assert.ok((await page.locator('ol.results > li').count()) > 0);
    assert.ok(await page.getByRole('checkbox', { name: /this story/ }).isChecked(), 'the filter shows on the form');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stories' }).click();
    await page.waitForURL(/\/stories$/);
    assert.ok((await page.locator('ol.results > li').count()) >= 1);
  });

  test("a claim's reworded wording is listed apart from its words as printed, and set off", async () => {
    // Seed 002's own words for Peskov's statement, which 004 reported (issue 16's reworded wordings).
    const search = (await (await fetch(`${server.url}/api/claims?q=${encodeURIComponent('possibility agreement dialogue')}`)).json()) as {
      results: Array<{ id: string; wordings: Array<{ text: string }> }>;
    };
    const id = search.results.find((c) => c.wordings.some((w) => w.text.includes('engages in dialogue')))?.id;
    assert.ok(id, 'the claim of the reworded statement is found');
    await page.goto(`${server.url}/claims/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: 'Reworded' }).waitFor();
    // 002's own words and 004's report of Peskov's statement, apart from his words as 001 and 004 printed them.
    const reworded = await page.locator('ul.reworded').innerText();
    assert.match(reworded, /engages in dialogue and aligns with local laws/);
    assert.doesNotMatch(reworded, /uncompromising position/);
    const verbatim = await page.locator('ul.verbatim').innerText();
    assert.match(verbatim, /uncompromising position/);
    assert.doesNotMatch(verbatim, /engages in dialogue/);
    assert.equal(await page.locator('ul.reworded > li').first().evaluate((li) => getComputedStyle(li).fontStyle), 'italic');
    assert.equal(await page.locator('ul.verbatim > li').first().evaluate((li) => getComputedStyle(li).fontStyle), 'normal');
    const claim = (await (await fetch(`${server.url}/api/claims/${encodeURIComponent(id)}`)).json()) as { wordings: Array<{ text: string; kind: string }> };
    assert.deepEqual([...new Set(claim.wordings.map((w) => w.kind))].sort(), ['reworded', 'verbatim']);
  });
});
