/** Strip a parsed page of everything that is never article text: scripts, menus, banners, captions. */

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { MIN_PROSE, linkDensity, proseLengths } from './measureText.ts';
import { elementsOf, textOf } from './walkNodes.ts';

// Never article text, wherever it stands.
const ALWAYS = [
  'script', 'style', 'template', 'svg', 'iframe', 'button', 'input', 'select', 'textarea',
  'nav', 'footer', 'figure', 'figcaption', 'picture', 'video', 'audio', 'canvas', 'object', 'embed',
  'dialog', 'menu', 'link', 'meta', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]',
  '[role="dialog"]', '[role="alert"]',
].join(', ');
// Usually not article text, but some sites wrap the whole page in a <form> (or an <aside>), ship the body
// hidden until a script reveals it, or print it only for readers without scripts (<noscript>, the script
// building it from data): these go only when they do not hold most of the page's prose.
const USUALLY = ['form', 'aside', 'noscript', '[hidden]', '[aria-hidden="true"]', '[style*="display:none"]', '[style*="display: none"]'].join(', ');
// Boxes that are never the article's own text even when they hold prose (comments, teasers, consent notices):
// their name is enough, unless they hold most of the page's prose.
const NAMED = /related|recommend|comment|newsletter|subscribe|cookie|consent|gdpr|share|sharing|social|caption|breadcrumb|outbrain|taboola|most-?read|trending|more-stories|paywall|signup|sign-up|popup|modal|author-bio|tags?-list|credit/i;
// Names that say where a box stands or what it may carry (a widget, an ad slot, a header): page builders and
// templates give them to the article's own boxes too, so these go only on evidence about their content.
const SUSPECT = /promo|advert|sponsor|banner|read-?more|(?:^|[\s_-])(?:ads?|nav|navbar|menu|footer|sidebar|side-bar|widget|masthead|toolbar|header|byline|meta|tags)(?:$|[\s_-])/i;
const POSITIVE = /article|content|story|body|post|entry|main|prose/i;
// Class names that describe what a box contains, not what it is ("has-sharing", "with-ads"): not evidence.
const CONTENT_MODIFIER = /(?:^|\s)(?:has|with)-\S*/gi;
// A box holding this share of the page's prose is the article's wrapper, whatever its class says.
const MAX_PROSE_SHARE = 0.5;
// Pages without paragraphs fall back to the share of all text.
const MAX_TEXT_SHARE = 0.4;
const MAX_BOX_LINK_DENSITY = 0.3;

/**
 * Remove boilerplate in place. A box named like boilerplate is kept when it holds most of the page's prose;
 * one whose name only hints at boilerplate (an ad slot, a widget, a header) is kept when it holds prose at all.
 */
export function removeBoilerplate($: CheerioAPI): void {
  $(ALWAYS).remove();
  const root = $('body')[0] ?? $.root()[0];
  if (root === undefined) return;
  const prose = proseLengths(root);
  const holdsArticle = shareTest(root, prose);
  // A suspect box with a prose paragraph, mostly not links and no list of teasers, is article text.
  const holdsProse = (element: Element): boolean =>
    (prose.get(element) ?? 0) >= MIN_PROSE &&
    linkDensity(element) < MAX_BOX_LINK_DENSITY &&
    !isTeaserList(element);
  $(USUALLY).each((_, element) => {
    if (!holdsArticle(element)) $(element).remove();
  });
  $('header').each((_, element) => {
    // An article's header keeps its standfirst; a page header of logo, search and links goes.
    if (textOf(element).trim().length < 300 && (prose.get(element) ?? 0) === 0) $(element).remove();
  });
  const doomed: Element[] = [];
  for (const element of elementsOf(root)) {
    if (element.name === 'body' || element.name === 'html' || element.name === 'article' || element.name === 'main') continue;
    const hints = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.replace(CONTENT_MODIFIER, ' ');
    if (hints.trim() === '') continue;
    if (NAMED.test(hints) ? !holdsArticle(element) : SUSPECT.test(hints) && !POSITIVE.test(hints) && !holdsArticle(element) && !holdsProse(element)) doomed.push(element);
  }
  for (const element of doomed) $(element).remove();
}

/** A test of whether an element under `root` holds most of the page's prose (or, without prose, its text). */
function shareTest(root: AnyNode, prose: Map<AnyNode, number>): (element: AnyNode) => boolean {
  const totalProse = prose.get(root) ?? 0;
  if (totalProse > 0) return (element) => (prose.get(element) ?? 0) / totalProse >= MAX_PROSE_SHARE;
  const totalText = textOf(root).replace(/\s+/g, ' ').length || 1;
  return (element) => textOf(element).replace(/\s+/g, ' ').length / totalText > MAX_TEXT_SHARE;
}

// Teasers of other pages (a grid of posts, each a linked headline and an excerpt) are prose that is not this
// page's: two or more linked headlines give them away.
function isTeaserList(element: Element): boolean {
  let linkedHeadings = 0;
  for (const el of elementsOf(element)) {
    if (!/^h[1-6]$/.test(el.name)) continue;
    const linked = el.parent?.type === 'tag' && (el.parent as Element).name === 'a' ? 1 : linkDensity(el);
    if (linked > 0.5) linkedHeadings += 1;
  }
  return linkedHeadings >= 2;
}
