import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError } from '../../../errors.ts';
import { loadConfig } from '../../../jobs/config.ts';

describe('loadConfig', () => {
  test('defaults to the embedded database and in-process jobs', () => {
    const config = loadConfig({});
    assert.equal(config.databaseUrl, null);
    assert.equal(config.redisUrl, null);
    assert.equal(config.dataDir, path.resolve('.claimdesk'));
    assert.equal(config.fetch.maxBytes, 15 * 1024 * 1024);
    assert.equal(config.fetch.allowPrivateNetworks, false);
    assert.ok(Object.isFrozen(config));
  });

  test('a bad value fails naming the variable', () => {
    assert.throws(() => loadConfig({ REDIS_URL: 'http://x' }), (e: unknown) => e instanceof ConfigError && /^REDIS_URL: /.test(e.message));
    assert.throws(() => loadConfig({ CLAIMS_FETCH_TIMEOUT_MS: 'soon' }), /^ConfigError: CLAIMS_FETCH_TIMEOUT_MS: /);
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  });

  test('empty strings count as unset, flags read 1/true', () => {
    const config = loadConfig({ DATABASE_URL: '', CLAIMS_ALLOW_PRIVATE_NETWORKS: '1' });
    assert.equal(config.databaseUrl, null);
    assert.equal(config.fetch.allowPrivateNetworks, true);
  });

  test('CLAIMS_FEED_MAX_ENTRIES defaults to 2000 and must be a whole number from 1 to 1,000,000', () => {
    assert.equal(loadConfig({}).fetch.maxFeedEntries, 2000);
    assert.equal(loadConfig({ CLAIMS_FEED_MAX_ENTRIES: '50' }).fetch.maxFeedEntries, 50);
    for (const bad of ['0', '-5', '1.5', 'many', '1000001']) {
      assert.throws(() => loadConfig({ CLAIMS_FEED_MAX_ENTRIES: bad }), /^ConfigError: CLAIMS_FEED_MAX_ENTRIES: /, bad);
    }
  });

  test('CLAIMS_DEDUPE_THREADS defaults to 0 (merge plans and regroupings on the event loop), and 0 to 8 are allowed', () => {
    assert.equal(loadConfig({}).dedupeThreads, 0);
    assert.equal(loadConfig({ CLAIMS_DEDUPE_THREADS: '2' }).dedupeThreads, 2);
    for (const bad of ['-1', '1.5', 'some', '9']) {
      assert.throws(() => loadConfig({ CLAIMS_DEDUPE_THREADS: bad }), /^ConfigError: CLAIMS_DEDUPE_THREADS: /, bad);
    }
  });

  test('CLAIMS_EXTRACT_NICE defaults to 0 (extraction threads at the event loop\'s priority), and 0 to 19 are allowed', () => {
    assert.equal(loadConfig({}).extractNice, 0);
    assert.equal(loadConfig({ CLAIMS_EXTRACT_NICE: '10' }).extractNice, 10);
    assert.equal(loadConfig({ CLAIMS_EXTRACT_NICE: '19' }).extractNice, 19);
    for (const bad of ['-1', '1.5', 'low', '20']) {
      assert.throws(() => loadConfig({ CLAIMS_EXTRACT_NICE: bad }), /^ConfigError: CLAIMS_EXTRACT_NICE: /, bad);
    }
  });

  test('CLAIMS_EXTRACT_THREADS defaults to 1, and 0 (extraction on the event loop) to 64 are allowed', () => {
    assert.equal(loadConfig({}).extractThreads, 1);
    assert.equal(loadConfig({ CLAIMS_EXTRACT_THREADS: '0' }).extractThreads, 0);
    assert.equal(loadConfig({ CLAIMS_EXTRACT_THREADS: '4' }).extractThreads, 4);
    for (const bad of ['-1', '1.5', 'some', '65']) {
      assert.throws(() => loadConfig({ CLAIMS_EXTRACT_THREADS: bad }), /^ConfigError: CLAIMS_EXTRACT_THREADS: /, bad);
    }
  });
});
