import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffKind } from '../../../ingest/sniffKind.ts';

const URL_ = 'https://example.com/x';

test('feeds by their root element, whatever the label says', () => {
  assert.equal(
    sniffKind('<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel/></rss>', 'text/html', URL_),
    'feed',
  );
  assert.equal(sniffKind('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', null, URL_), 'feed');
  assert.equal(sniffKind('<rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', 'application/xml', URL_), 'feed');
  assert.equal(sniffKind('\uFEFF  <!DOCTYPE rss [<!ENTITY x "y">]><rss></rss>', null, URL_), 'feed');
});

test('JSON Feed by its version, other JSON is not a feed', () => {
  assert.equal(
    sniffKind('{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'application/json', URL_),
    'feed',
  );
  assert.equal(sniffKind('{"name": "not a feed"}', 'application/json', URL_), 'text');
});

test('opml', () => {
  assert.equal(
    sniffKind('<?xml version="1.0"?><opml version="2.0"><body/></opml>', 'text/xml', URL_),
    'opml',
  );
});

test('html by root, doctype, content type or extension', () => {
  assert.equal(sniffKind('<!DOCTYPE html><html><body>x</body></html>', null, URL_), 'html');
  assert.equal(sniffKind('<html lang="en"></html>', 'text/plain', URL_), 'html');
  assert.equal(sniffKind('Just words', 'text/html; charset=utf-8', URL_), 'html');
  assert.equal(sniffKind('Just words', null, 'https://example.com/page.html'), 'html');
  assert.equal(sniffKind('<p>fragment</p>', null, URL_), 'html');
});

test('text otherwise', () => {
  assert.equal(sniffKind('Peskov said the move was lawful.', 'text/plain', URL_), 'text');
  assert.equal(sniffKind('Peskov said the move was lawful.', null, 'file:///tmp/a.txt'), 'text');
});
