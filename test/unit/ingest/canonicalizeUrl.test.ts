import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalizeUrl } from '../../../ingest/canonicalizeUrl.ts';

test('lower-cases the host, keeps the path case, drops the default port and fragment', () => {
  assert.equal(
    canonicalizeUrl('HTTPS://News.Example.COM:443/World/Story-1#comments'),
    'https://news.example.com/World/Story-1',
  );
  assert.equal(canonicalizeUrl('http://example.com:80/a'), 'http://example.com/a');
  assert.equal(canonicalizeUrl('http://example.com:8080/a'), 'http://example.com:8080/a');
});

test('drops tracking parameters and sorts the rest', () => {
  assert.equal(
    canonicalizeUrl(
      'https://example.com/a?utm_source=rss&z=1&fbclid=x&a=2&gclid=y&mc_cid=1&mc_eid=2&igshid=3&UTM_Medium=m',
    ),
    'https://example.com/a?a=2&z=1',
  );
});

test('removes an emptied query entirely and keeps repeated names in order', () => {
  assert.equal(canonicalizeUrl('https://example.com/a?utm_campaign=x'), 'https://example.com/a');
  assert.equal(canonicalizeUrl('https://example.com/a?b=2&a=9&b=1'), 'https://example.com/a?a=9&b=2&b=1');
});

test('is idempotent', () => {
  const once = canonicalizeUrl('https://EXAMPLE.com/p?b=1&a=2#x');
  assert.equal(canonicalizeUrl(once), once);
});

test('throws on a relative URL', () => {
  assert.throws(() => canonicalizeUrl('/just/a/path'), /not an absolute URL: "\/just\/a\/path"/);
});
