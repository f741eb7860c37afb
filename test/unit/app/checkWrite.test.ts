import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkWrite } from '../../../app/web/checkWrite.ts';

const headers = (given: Record<string, string>) => (name: string) => given[name];
const HOST = { host: 'localhost:8080' };

describe('checkWrite', () => {
  test('reads are never refused', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      assert.equal(checkWrite(method, headers({ ...HOST, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })), null);
    }
  });

  test('a write from another origin is refused, another port of localhost included', () => {
    const cases: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'none' },
      { origin: 'http://localhost:9999' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'file://' },
      { origin: 'http://localhost:8080', 'sec-fetch-site': 'same-site' },
    ];
    for (const given of cases) {
      assert.equal(checkWrite('POST', headers({ ...HOST, 'content-type': 'application/json', ...given }))?.status, 403, JSON.stringify(given));
    }
  });

  test('a body must be JSON; a write without a body or from a program without Origin may run', () => {
    const own = { ...HOST, origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin' };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      assert.equal(checkWrite('POST', headers({ ...own, 'content-type': type, 'content-length': '12' }))?.status, 415, type);
    }
    assert.equal(checkWrite('POST', headers({ ...HOST, 'content-type': 'text/plain', 'transfer-encoding': 'chunked' }))?.status, 415);
    assert.equal(checkWrite('POST', headers({ ...own, 'content-type': 'Application/JSON; charset=utf-8', 'content-length': '12' })), null);
    assert.equal(checkWrite('PUT', headers({ ...own })), null);
    assert.equal(checkWrite('PUT', headers({ ...own, 'content-length': '0' })), null);
    assert.equal(checkWrite('DELETE', headers({ ...HOST })), null);
    assert.equal(checkWrite('POST', headers({ ...HOST, origin: 'https://localhost:8080', 'content-type': 'application/json', 'content-length': '2' })), null);
  });
});
