import * as cheerio from 'cheerio';
for (const n of [4000, 8000, 16000, 32000]) {
  const $ = cheerio.load('<div>'.repeat(n) + '<p>Hello world.</p>', { xml: { xmlMode: false, decodeEntities: true } });
  let t = performance.now(); $('a[rel="author"]').first().text(); const a = performance.now() - t;
  t = performance.now(); $('title').first().text(); const b = performance.now() - t;
  console.log(n, Math.round(a), Math.round(b));
}
