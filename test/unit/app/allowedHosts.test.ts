import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedHosts, isLoopback } from '../../../app/web/allowedHosts.ts';

describe('allowedHosts', () => {
  test('on loopback: localhost, 127.0.0.1, [::1] and the bound name, with the bound port only', () => {
    const allowed = allowedHosts({ host: '127.0.0.2', port: 8080, publicHosts: [], hasToken: false });
    assert.ok(allowed);
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', '127.0.0.2:8080', 'LocalHost:8080', 'localhost.:8080']) {
      assert.ok(allowed(host), host);
    }
    for (const host of ['attacker.example', 'attacker.example:8080', 'localhost', 'localhost:8081', '127.0.0.1:80', undefined, '']) {
      assert.ok(!allowed(host), String(host));
    }
    const onPort80 = allowedHosts({ host: 'localhost', port: 80, publicHosts: [], hasToken: false });
    assert.ok(onPort80?.('localhost') && onPort80('localhost:80'));
  });

  test('beyond loopback: the public hosts (a bare name with or without the port), or a token and then any Host', () => {
    const allowed = allowedHosts({ host: '0.0.0.0', port: 8080, publicHosts: ['News.Example.org', 'desk.example:8443'], hasToken: false });
    assert.ok(allowed);
    for (const host of ['news.example.org', 'news.example.org:8080', 'desk.example:8443', 'localhost:8080']) assert.ok(allowed(host), host);
    for (const host of ['desk.example', 'news.example.org:9', 'rebind.attacker.example:8080']) assert.ok(!allowed(host), host);
    assert.equal(allowedHosts({ host: '0.0.0.0', port: 8080, publicHosts: [], hasToken: true }), null);
    assert.throws(() => allowedHosts({ host: '0.0.0.0', port: 8080, publicHosts: [], hasToken: false }), /--public-host NAME, or set CLAIMS_API_TOKEN/);
    assert.throws(() => allowedHosts({ host: '0.0.0.0', port: 8080, publicHosts: ['http://x/'], hasToken: false }), /--public-host "http:\/\/x\/"/);
  });

  test('loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost']) assert.ok(isLoopback(host), host);
    for (const host of ['0.0.0.0', '::', '192.168.1.2', 'example.org', '128.0.0.1']) assert.ok(!isLoopback(host), host);
  });
});
