/** Strip a parsed page of everything that is never article text: scripts, menus, banners, captions. */

import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { elementsOf, textOf } from './findMainText.ts';

const ALWAYS = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'input', 'select', 'textarea',
  'nav', 'aside', 'footer', 'figure', 'figcaption', 'picture', 'video', 'audio', 'canvas', 'object', 'embed',
  'dialog', 'menu', 'link', 'meta', '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]',
  '[role="contentinfo"]', '[role="dialog"]', '[role="alert"]', '[style*="display:none"]', '[style*="display: none"]',
].join(', ');
// Hints that mark a box as not article text even inside the article container.
const STRONG = /related|recommend|comment|newsletter|subscribe|cookie|consent|gdpr|share|sharing|social|promo|advert|sponsor|caption|breadcrumb|outbrain|taboola|most-?read|trending|read-?more|more-stories|paywall|signup|sign-up|popup|modal|banner|(?:^|[\s_-])ads?(?:$|[\s_-])|author-bio|tags?-list|credit/i;
const WEAK = /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|side-bar|widget|masthead|toolbar|header|byline|meta|tags)(?:$|[\s_-])/i;
const POSITIVE = /article|content|story|body|post|entry|main|prose/i;
// Never drop a box that holds this share of the page's text: a negative class on a wrapper is a false alarm.
const MAX_SHARE = 0.4;

/** Remove boilerplate in place; a box named like boilerplate is kept when it holds most of the text. */
export function removeBoilerplate($: CheerioAPI): void {
  $(ALWAYS).remove();
  $('header').each((_, element) => {
    if (textOf(element).trim().length < 300) $(element).remove();
  });
  const root = $('body')[0] ?? $.root()[0];
  if (root === undefined) return;
  const total = textOf(root).replace(/\s+/g, ' ').length || 1;
  const doomed: Element[] = [];
  for (const element of elementsOf(root)) {
    if (element.name === 'body' || element.name === 'html' || element.name === 'article' || element.name === 'main') continue;
    const hints = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
    if (hints.trim() === '') continue;
    const strong = STRONG.test(hints);
    const weak = WEAK.test(hints) && !POSITIVE.test(hints);
    if (!strong && !weak) continue;
    if (textOf(element).replace(/\s+/g, ' ').length / total > MAX_SHARE) continue;
    doomed.push(element);
  }
  for (const element of doomed) $(element).remove();
}
