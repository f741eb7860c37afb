/** Strip a parsed page of everything that is never article text: scripts, menus, banners, captions. */

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { elementsOf, textOf } from './findMainText.ts';

// Never article text, wherever it stands.
const ALWAYS = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'input', 'select', 'textarea',
  'nav', 'aside', 'footer', 'figure', 'figcaption', 'picture', 'video', 'audio', 'canvas', 'object', 'embed',
  'dialog', 'menu', 'link', 'meta', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]',
  '[role="dialog"]', '[role="alert"]',
].join(', ');
// Usually not article text, but some sites wrap the whole page in a <form> or ship the body hidden until a
// script reveals it: these go only when they do not hold most of the page's prose.
const USUALLY = ['form', '[hidden]', '[aria-hidden="true"]', '[style*="display:none"]', '[style*="display: none"]'].join(', ');
// Hints that mark a box as not article text even inside the article container.
const STRONG = /related|recommend|comment|newsletter|subscribe|cookie|consent|gdpr|share|sharing|social|promo|advert|sponsor|caption|breadcrumb|outbrain|taboola|most-?read|trending|read-?more|more-stories|paywall|signup|sign-up|popup|modal|banner|(?:^|[\s_-])ads?(?:$|[\s_-])|author-bio|tags?-list|credit/i;
const WEAK = /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|side-bar|widget|masthead|toolbar|header|byline|meta|tags)(?:$|[\s_-])/i;
const POSITIVE = /article|content|story|body|post|entry|main|prose/i;
// A box holding this share of the page's prose is the article's wrapper, whatever its class says.
const MAX_PROSE_SHARE = 0.5;
// Pages without paragraphs fall back to the share of all text.
const MAX_TEXT_SHARE = 0.4;
// A paragraph of at least this many characters, mostly not links, is prose.
const MIN_PROSE = 80;

/** Remove boilerplate in place; a box named like boilerplate is kept when it holds most of the page's prose. */
export function removeBoilerplate($: CheerioAPI): void {
  $(ALWAYS).remove();
  const root = $('body')[0] ?? $.root()[0];
  if (root === undefined) return;
  const holdsArticle = shareTest(root);
  $(USUALLY).each((_, element) => {
    if (!holdsArticle(element)) $(element).remove();
  });
  $('header').each((_, element) => {
    if (textOf(element).trim().length < 300) $(element).remove();
  });
  const doomed: Element[] = [];
  for (const element of elementsOf(root)) {
    if (element.name === 'body' || element.name === 'html' || element.name === 'article' || element.name === 'main') continue;
    const hints = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
    if (hints.trim() === '') continue;
    const strong = STRONG.test(hints);
    const weak = WEAK.test(hints) && !POSITIVE.test(hints);
    if ((strong || weak) && !holdsArticle(element)) doomed.push(element);
  }
  for (const element of doomed) $(element).remove();
}

/** A test of whether an element under `root` holds most of the page's prose (or, without prose, its text). */
function shareTest(root: AnyNode): (element: AnyNode) => boolean {
  const prose = proseLengths(root);
  const totalProse = prose.get(root) ?? 0;
  if (totalProse > 0) return (element) => (prose.get(element) ?? 0) / totalProse >= MAX_PROSE_SHARE;
  const totalText = textOf(root).replace(/\s+/g, ' ').length || 1;
  return (element) => textOf(element).replace(/\s+/g, ' ').length / totalText > MAX_TEXT_SHARE;
}

/** Characters of prose paragraphs under every element, summed bottom-up in one pass. */
function proseLengths(root: AnyNode): Map<AnyNode, number> {
  const lengths = new Map<AnyNode, number>();
  const elements = elementsOf(root);
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i] as Element;
    let length = 0;
    if (element.name === 'p') {
      const text = textOf(element).replace(/\s+/g, ' ').trim();
      const linked = elementsOf(element).filter((e) => e.name === 'a').reduce((n, a) => n + textOf(a).trim().length, 0);
      if (text.length >= MIN_PROSE && linked / text.length < 0.5) length = text.length;
    } else {
      for (const child of element.children) length += lengths.get(child) ?? 0;
    }
    lengths.set(element, length);
  }
  if (root.type === 'root') lengths.set(root, (root as unknown as { children: AnyNode[] }).children.reduce((n, c) => n + (lengths.get(c) ?? 0), 0));
  return lengths;
}
