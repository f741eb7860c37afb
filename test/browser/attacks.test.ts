// Issue 17's attacks with the real Chromium as the attacker's browser: a page on another loopback port that
// posts to the queue dashboard, a rebinding name that resolves to the server, and the token login a
// journalist's browser must still be able to do.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { connectRedis, openQueues } from '../../jobs/redisQueues.ts';
import type { RedisQueues } from '../../jobs/redisQueues.ts';
import { TEST_REDIS_URL, uniquePrefix } from '../integration/services.ts';
import { CHROMIUM, CHROMIUM_ARGS, seededDatabase, startServe } from './startServe.ts';

const TOKEN = 'a-browser-token-of-at-least-16-chars';
/** The rebinding name: Chromium resolves it to the server's address, as an attacker's DNS would. */
const REBOUND = 'rebind.attacker.example';

/** The attacker's page: a text/plain form (the JSON a form can smuggle) and a no-cors fetch, both to the dashboard. */
const attackPage = (target: string) => `<!doctype html><html><body>
<form id="f" method="post" enctype="text/plain" action="${target}/admin/queues/api/queues/fetch/add">
<input name='{"name":"fetch","data":{"url":"https://forged.example/a","body":"<p>\\"Invented,\\" the minister said.</p>"},"x":"' value='"}'>
</form>
<script>
fetch('${target}/admin/queues/api/queues/fetch/add', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
  body: JSON.stringify({ name: 'fetch', data: { url: 'https://forged.example/b' } }) })
  .finally(() => { document.title = 'fetched'; document.getElementById('f').submit(); });
</script></body></html>`;

describe('issue 17 attacks in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let open: { url: string; child: ChildProcess; stderr(): string };
  let locked: { url: string; child: ChildProcess };
  let queues: RedisQueues;
  const cleanups: Array<() => Promise<void>> = [];

  before(async () => {
    const database = await seededDatabase('attacks');
    cleanups.push(database.drop);
    const prefix = uniquePrefix();
    const redis = connectRedis(TEST_REDIS_URL);
    queues = openQueues(redis, prefix);
    cleanups.unshift(async () => {
      await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true })));
      await Promise.all(Object.values(queues.queues).map((q) => q.close()));
      redis.disconnect();
    });
    const env = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'error' };
    open = await startServe({ ...env, REDIS_URL: TEST_REDIS_URL, CLAIMS_QUEUE_PREFIX: prefix, CLAIMS_API_TOKEN: '' }, ['--allow-queue-actions']);
    cleanups.unshift(async () => void open.child.kill('SIGTERM'));
    locked = await startServe({ ...env, REDIS_URL: '', CLAIMS_API_TOKEN: TOKEN });
    cleanups.unshift(async () => void locked.child.kill('SIGTERM'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`],
    });
    cleanups.unshift(() => browser.close());
  });

  after(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  });

  test('serve warns that queue actions are open without a token', () => {
    assert.match(open.stderr(), /warning: --allow-queue-actions without CLAIMS_API_TOKEN/);
  });

  test('a page on another loopback port cannot add a job through the dashboard', async () => {
    const attacker = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(attackPage(open.url)));
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    cleanups.unshift(() => new Promise<void>((resolve) => attacker.close(() => resolve())));
    const page = await browser.newPage();
    try {
      const refused: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/admin/queues/api/queues/fetch/add')) refused.push(response.status());
      });
      const submitted = page.waitForURL(`${open.url}/admin/queues/api/queues/fetch/add`);
      await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
      await submitted;
      assert.deepEqual(refused.sort(), [403, 403], 'both requests reached the server and were refused');
      const counts = await queues.queues.fetch.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed');
      assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), 0, JSON.stringify(counts));
    } finally {
      await page.close();
    }
  });

  test('the dashboard itself still works under its CSP: it lists the queues and pauses them', async () => {
    const page = await browser.newPage();
    try {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${open.url}/admin/queues`);
      await page.getByText('fetch', { exact: true }).first().waitFor({ timeout: 30_000 });
      const status = await page.evaluate(async () => (await fetch('api/queues/pause', { method: 'PUT' })).status);
      assert.ok(status < 300, `a same-origin action is accepted: ${status}`);
      assert.ok(await queues.queues.fetch.isPaused());
      assert.deepEqual(violations.filter((v) => /script|connect/i.test(v)), []);
    } finally {
      await page.close();
    }
  });

  test('a rebinding name that resolves to the server gets nothing', async () => {
    const page = await browser.newPage();
    try {
      const port = new URL(open.url).port;
      for (const path of ['/api/claims?q=Peskov', '/api/export?format=csv', '/']) {
        const response = await page.goto(`http://${REBOUND}:${port}${path}`);
        assert.equal(response?.status(), 421, path);
        assert.ok(!(await page.content()).includes('Peskov'), path);
      }
      const own = await page.goto(`http://localhost:${port}/api/claims?q=Peskov`);
      assert.equal(own?.status(), 200, 'the same server by its own name answers');
    } finally {
      await page.close();
    }
  });

  test('a journalist logs in with the token through Basic; without it the page is refused', async () => {
    const anonymous = await browser.newPage();
    try {
      // Headless Chromium has no prompt to show, so it gives up on the Basic challenge it recognised.
      await assert.rejects(anonymous.goto(locked.url), /ERR_INVALID_AUTH_CREDENTIALS/);
    } finally {
      await anonymous.close();
    }
    const context = await browser.newContext({ httpCredentials: { username: 'journalist', password: TOKEN } });
    try {
      const page = await context.newPage();
      assert.equal((await page.goto(locked.url))?.status(), 200);
      await page.getByLabel('Words').fill('Peskov');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\?q=Peskov/);
      assert.match(await page.locator('ol.results > li').first().innerText(), /Dmitry Peskov/);
    } finally {
      await context.close();
    }
  });
});
