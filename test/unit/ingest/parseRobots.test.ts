import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedByRobots, MAX_CRAWL_DELAY_SECONDS, parseRobots } from '../../../ingest/parseRobots.ts';

const ROBOTS = `# a comment
User-agent: *
Disallow: /

User-agent: Claimdesk/2.0
User-agent: otherbot
Disallow: /private   # trailing comment
Allow: /private/ok$
Disallow: /*.pdf$
Sitemap: https://example.org/sitemap.xml
Disallow: /drafts?

user-agent: CLAIMDESK
disallow: /second-group
`;

describe('parseRobots', () => {
  const rules = parseRobots(ROBOTS, 'claimdesk');
  const allowed = (path: string): boolean => isAllowedByRobots(rules, path);

  test('the groups naming our token are merged, case-insensitively, and * is not used', () => {
    assert.equal(allowed('/'), true);
    assert.equal(allowed('/news/feed.xml'), true);
    assert.equal(allowed('/second-group/x'), false);
  });

  test('the longest match wins; allow wins a tie; $ anchors; * matches any run', () => {
    assert.equal(allowed('/private'), false);
    assert.equal(allowed('/private/x'), false);
    assert.equal(allowed('/private/ok'), true);
    assert.equal(allowed('/private/ok/more'), false);
    assert.equal(allowed('/a/b.pdf'), false);
    assert.equal(allowed('/a/b.pdf?download=1'), true);
    assert.equal(allowed('/drafts?id=1'), false);
    const tie = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\n', 'claimdesk');
    assert.equal(isAllowedByRobots(tie, '/page'), true);
  });

  test('other crawlers fall back to the * group; /robots.txt is always allowed', () => {
    const other = parseRobots(ROBOTS, 'somebot');
    assert.equal(isAllowedByRobots(other, '/anything'), false);
    assert.equal(isAllowedByRobots(other, '/robots.txt'), true);
  });

  test('an empty Disallow, an empty file or rubbish allow everything', () => {
    assert.equal(isAllowedByRobots(parseRobots('User-agent: *\nDisallow:\n', 'claimdesk'), '/x'), true);
    assert.equal(isAllowedByRobots(parseRobots('', 'claimdesk'), '/x'), true);
    assert.equal(isAllowedByRobots(parseRobots('<html>not robots</html>\n\0\0', 'claimdesk'), '/x'), true);
  });

  test('non-ASCII patterns match the percent-encoded path', () => {
    const rules = parseRobots('User-agent: claimdesk\nDisallow: /новости\n', 'claimdesk');
    assert.equal(isAllowedByRobots(rules, new URL('https://example.ru/новости/1').pathname), false);
    assert.equal(isAllowedByRobots(rules, '/news'), true);
  });

  test('Crawl-delay is read from our group, or else from *, in seconds', () => {
    const robots = 'User-agent: *\nCrawl-delay: 5\nDisallow: /tmp\n\nUser-agent: claimdesk\nDisallow: /x\nCrawl-delay: 2.5\n';
    assert.equal(parseRobots(robots, 'claimdesk').crawlDelaySeconds, 2.5);
    assert.equal(parseRobots(robots, 'otherbot').crawlDelaySeconds, 5);
    // A Crawl-delay does not end the group: the Disallow after it still belongs to claimdesk.
    assert.equal(isAllowedByRobots(parseRobots(robots, 'claimdesk'), '/x'), false);
    assert.equal(parseRobots('User-agent: claimdesk\nDisallow: /x\n', 'claimdesk').crawlDelaySeconds, null);
  });

  test('merged groups take the longest Crawl-delay; rubbish is ignored; the delay is capped', () => {
    const merged = 'User-agent: claimdesk\nCrawl-delay: 3\n\nuser-agent: Claimdesk/2\ncrawl-delay: 7\n';
    assert.equal(parseRobots(merged, 'claimdesk').crawlDelaySeconds, 7);
    for (const value of ['soon', '-4', '', '1e3', 'Infinity', '0x10']) {
      assert.equal(parseRobots(`User-agent: *\nCrawl-delay: ${value}\n`, 'claimdesk').crawlDelaySeconds, null, value);
    }
    assert.equal(parseRobots('User-agent: *\nCrawl-delay: 0\n', 'claimdesk').crawlDelaySeconds, 0);
    assert.equal(parseRobots('User-agent: *\nCrawl-delay: 86400\n', 'claimdesk').crawlDelaySeconds, MAX_CRAWL_DELAY_SECONDS);
    assert.equal(MAX_CRAWL_DELAY_SECONDS, 60);
    // Before any User-agent line it belongs to no group.
    assert.equal(parseRobots('Crawl-delay: 9\nUser-agent: *\nDisallow: /a\n', 'claimdesk').crawlDelaySeconds, null);
  });
});
