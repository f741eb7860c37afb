// A small news page for the article-extraction tests: four body paragraphs, a lead, a site menu, and the text
// extractArticle keeps of a page built from them.
import { extractArticle } from '../../../extract/extractArticle.ts';

export const BODY = [
  'Engineers found corrosion in three of the main supports last spring, and a second survey in the autumn confirmed the damage.',
  'Residents will be able to cross by ferry, which the council said would run every fifteen minutes during the day.',
  'The bridge, opened in 1931, carries about 20,000 cars a day, according to the transport office, which expects queues.',
  'Shop owners on both banks said they feared losing customers, and asked the council for help with the lost trade.',
].map((p) => `<p>${p}</p>`);
export const LEAD =
  'The city council voted on Tuesday to close the old harbour bridge for repairs that could take two years.';
const MENU =
  '<ul class="menu">' +
  Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Section number ${i}</a></li>`).join('') +
  '</ul>';

/** The article text of a page whose body is `html`, after a site menu of links unless `menu` is false. */
export const textOf = (html: string, { menu = true } = {}): string =>
  extractArticle(`<html><body>${menu ? MENU : ''}${html}</body></html>`, 'https://example.com/a').text;
