/**
 * The start and the end of an article that lie outside the container chosen for its body: the standfirst in the
 * article's header, the first paragraphs before a picture, a share bar or an ad slot that split the body in two,
 * and the last paragraphs after one.
 */

import type { AnyNode, Element } from 'domhandler';
import { blocksOf } from './blocksOf.ts';
import { linkDensity } from './measureText.ts';
import { elementsOf, textOf } from './walkNodes.ts';

// How many ancestors of the body container are searched: the lead sits beside it, or beside its wrapper.
// Wrappers of a single box do not count: templates nest them deep.
const MAX_LEVELS = 3;
const MAX_WRAPPERS = 8;
// After the body, only its own siblings: further out come author boxes, notes and teasers, which read as prose.
const MAX_END_LEVELS = 1;
// A block this long reads as a sentence of the article, not as a label, a date or a byline.
const MIN_LEAD_BLOCK = 60;
// A byline or dateline ("By HNN Staff | November 18, 2019 at 2:26 PM", "PUBLISHED: 10:48, Tue, Nov 19, 2019"):
// short, and it names a time, an author or an update.
const MAX_DATELINE = 200;
const DATELINE =
  /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h\b)|\b\d{1,2}:\d{2}\b|^(?:by|von|par|por|di|door)\s|\b(?:updated|published|posted|aktualisiert|veröffentlicht|publié|publicado)\b/i;
// Boxes beside the body that are mostly links (menus, tag lists, breadcrumbs) end the search.
const MAX_LINK_DENSITY = 0.3;
// Short bits (bylines, dates, labels) are skipped over, but this much of them means the search left the article.
const MAX_SKIPPED_TEXT = 300;

/** Prose blocks before `body` (the first container kept), in document order; stops at the title or at link lists. */
export function findLead(body: AnyNode): string[] {
  return proseBeside(body, 'before');
}

/** Prose blocks after `body` (the last container kept): the end of an article split by a picture or an ad slot. */
export function findEnd(body: AnyNode): string[] {
  return proseBeside(body, 'after');
}

function proseBeside(body: AnyNode, side: 'before' | 'after'): string[] {
  const found: string[] = [];
  let skipped = 0;
  let node: AnyNode = body;
  const step = (n: AnyNode): AnyNode | null => (side === 'before' ? n.prev : n.next);
  const maxLevels = side === 'before' ? MAX_LEVELS : MAX_END_LEVELS;
  for (let level = 0, wrappers = 0; level < maxLevels && wrappers < MAX_WRAPPERS;) {
    if (hasSiblings(node)) level += 1;
    else wrappers += 1;
    for (let sibling = step(node); sibling !== null; sibling = step(sibling)) {
      if (sibling.type !== 'tag') continue;
      const element = sibling as Element;
      if (textOf(element).trim() === '') continue; // a picture, an emptied share bar or ad slot
      if (isTableOfContents(element)) continue;
      if (linkDensity(element) > MAX_LINK_DENSITY) return found;
      // A title ends the search: before the body it is the article's own (its box is the header), after it another's.
      const title = hasTitle(element);
      if (title && side === 'after') return found;
      const blocks = blocksOf(element);
      const prose = blocks.filter((b) => b.length >= MIN_LEAD_BLOCK && !isDateline(b));
      if (prose.length > 0) {
        if (side === 'before') found.unshift(...prose);
        else found.push(...prose);
      } else skipped += blocks.join(' ').length;
      if (title || skipped > MAX_SKIPPED_TEXT) return found;
    }
    const parent = node.parent;
    if (parent === null || parent.type !== 'tag') break;
    const name = (parent as Element).name;
    if (name === 'body' || name === 'html') break;
    node = parent;
    // The article's own element bounds it: nothing beside it is the article but its header.
    if (name === 'article' || name === 'main') {
      if (side === 'before') found.unshift(...headerBefore(node));
      break;
    }
  }
  return found;
}

/**
 * The prose of the article's header when the template prints it just before the article's element (a `<header>`,
 * or a box holding the title, with the standfirst under it): the first box with text before the element or before
 * its wrappers of a single box.
 */
function headerBefore(article: AnyNode): string[] {
  let node: AnyNode = article;
  for (let wrappers = 0; wrappers < MAX_WRAPPERS; wrappers += 1) {
    for (let sibling = node.prev; sibling !== null; sibling = sibling.prev) {
      if (sibling.type !== 'tag' || textOf(sibling).trim() === '') continue;
      const element = sibling as Element;
      if (element.name !== 'header' && !hasTitle(element)) return [];
      if (linkDensity(element) > MAX_LINK_DENSITY) return [];
      return blocksOf(element).filter((b) => b.length >= MIN_LEAD_BLOCK && !isDateline(b));
    }
    const parent = node.parent;
    if (parent === null || parent.type !== 'tag' || ['body', 'html'].includes((parent as Element).name))
      return [];
    node = parent;
  }
  return [];
}

// A list of links to places in one document ("#part-2", "/this-article#part-2"), the page itself, is the
// article's table of contents: the search goes past it.
function isTableOfContents(element: Element): boolean {
  const hrefs = elementsOf(element)
    .filter((el) => el.name === 'a')
    .map((a) => a.attribs.href ?? '');
  const documents = new Set(hrefs.map((href) => href.split('#')[0]));
  // A site's home page ("/#services", "/#contact") is not this article: those are a one-page site's menu.
  const [target] = documents;
  return (
    hrefs.length >= 2 && hrefs.every((href) => href.includes('#')) && documents.size === 1 && target !== '/'
  );
}

function isDateline(block: string): boolean {
  return block.length < MAX_DATELINE && DATELINE.test(block);
}

function hasSiblings(node: AnyNode): boolean {
  return node.parent !== null && node.parent.children.some((child) => child !== node && child.type === 'tag');
}

function hasTitle(element: Element): boolean {
  return element.name === 'h1' || elementsOf(element).some((el) => el.name === 'h1');
}
