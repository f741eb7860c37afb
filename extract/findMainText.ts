/** The main text of a cleaned page: score containers by their paragraphs, keep the best one's blocks. */

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { linkDensity, proseLengths } from './measureText.ts';
import { blocksOf, readable } from './blocksOf.ts';
import { findEnd, findLead } from './findLead.ts';
import { findStandfirst } from './findStandfirst.ts';
import { widenToArticle } from './widenToArticle.ts';
import { elementsOf, textOf } from './walkNodes.ts';

const POSITIVE = /article|content|story|body|post|entry|main|text|prose|news|blog/i;
const NEGATIVE = /nav|menu|footer|sidebar|related|recommend|comment|newsletter|subscribe|cookie|consent|share|social|promo|advert|sponsor|banner|popup|modal|breadcrumb|caption|widget|masthead|toolbar|trending|most-read|outbrain|taboola|paywall|signup|login|tags|author-bio/i;

/** What the page says of itself that helps tell its text: its description and its authors' names. */
export interface PageHints {
  description: string | null;
  authors: readonly string[];
}

/**
 * Score containers of the cleaned page and return the best one's paragraphs joined by a blank line; the page's
 * description helps find its standfirst, its authors' names their biographies.
 */
export function findMainText($: CheerioAPI, hints: PageHints = { description: null, authors: [] }): string {
  const root = ($('body')[0] ?? $.root()[0]) as AnyNode | undefined;
  if (root === undefined) return '';
  const scores = new Map<Element, number>();
  const linked = insideLinks(root);
  for (const element of elementsOf(root)) {
    if (!['p', 'pre', 'blockquote', 'div', 'td'].includes(element.name) || linked.has(element)) continue;
    const length = (element.name === 'div' || element.name === 'td' ? directText(element) : textOf(element)).trim().length;
    if (length < 25) continue;
    const text = textOf(element);
    const points = 1 + (text.match(/[,，]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    let ancestor = element.parent;
    for (let level = 0; level < 3 && ancestor && ancestor.type === 'tag'; level += 1) {
      const el = ancestor as Element;
      scores.set(el, (scores.get(el) ?? 0) + points / (level === 0 ? 1 : level * 2));
      ancestor = el.parent;
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [element, score] of scores) {
    const adjusted = (score + hintScore(element)) * (1 - linkDensity(element));
    scores.set(element, adjusted);
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  if (best !== null) best = repeatedBlockParent(best);
  if (best !== null) best = widenToArticle(best, proseLengths(root));
  const containers = best === null ? [root] : withSiblings(best, bestScore, scores);
  const blocks: string[] = [];
  for (const container of containers) blocks.push(...blocksOf(container));
  const first = containers[0];
  const last = containers[containers.length - 1];
  if (first !== undefined && last !== undefined && first !== root) {
    const kept = new Set(blocks);
    blocks.unshift(...findLead(first).filter((b) => !kept.has(b)));
    blocks.push(...findEnd(last).filter((b) => !kept.has(b)));
    const standfirst = findStandfirst(root, last, hints.description, new Set(blocks));
    if (standfirst !== null) blocks.unshift(standfirst);
  }
  return withoutDanglingHeadings(withoutAuthorBios(blocks, hints.authors), containers)
    .filter((p, i, kept) => p !== kept[i - 1])
    .join('\n\n');
}

// A paragraph this short in the second half of the text that starts with an author's name is their biography.
const MAX_BIO = 500;

/**
 * The blocks without the author's biography ("Jane Doe is a senior editor at ...", "Jane Doe schreibt seit 25
 * Jahren über Wein"): a short paragraph in the text's second half that starts with an author's full name.
 */
function withoutAuthorBios(blocks: string[], authors: readonly string[]): string[] {
  const names = authors.filter((name) => name.includes(' '));
  if (names.length === 0) return blocks;
  const isBio = (block: string, i: number): boolean =>
    i >= blocks.length / 2 && block.length <= MAX_BIO && names.some((name) => block.startsWith(`${name} `));
  return blocks.filter((block, i) => !isBio(block, i));
}

/**
 * The blocks without the headings they end with: a heading with nothing after it titled a box that was removed
 * ("Related articles", "Comments"), not a part of the article.
 */
function withoutDanglingHeadings(blocks: string[], containers: readonly AnyNode[]): string[] {
  const headings = new Set<string>();
  for (const container of containers)
    for (const element of elementsOf(container))
      if (/^h[2-6]$/.test(element.name)) headings.add(readable(textOf(element)));
  let end = blocks.length;
  while (end > 0 && headings.has(blocks[end - 1] ?? '')) end -= 1;
  return blocks.slice(0, end);
}

/** Elements inside a link: a box of text wrapped in a link is a teaser of another page, never this one's text. */
function insideLinks(root: AnyNode): Set<Element> {
  const inside = new Set<Element>();
  for (const element of elementsOf(root))
    if (element.name === 'a' && !inside.has(element)) for (const el of elementsOf(element)) if (el !== element) inside.add(el);
  return inside;
}

function hintScore(element: Element): number {
  const hints = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''} ${element.attribs.itemprop ?? ''}`;
  let score = 0;
  if (POSITIVE.test(hints)) score += 25;
  if (NEGATIVE.test(hints)) score -= 25;
  if (element.name === 'article' || element.name === 'main') score += 10;
  return score;
}

// Bodies built of repeated blocks (one card per paragraph): the best block is one of several shaped alike,
// so the article is their parent.
function repeatedBlockParent(best: Element): Element {
  let block = best;
  // The repeated block may wrap the best container (card > card-content > p): look one level up too.
  for (let level = 0; level < 2; level += 1) {
    const parent = block.parent;
    if (!parent || parent.type !== 'tag' || block.name === 'p') return best;
    const shape = `${block.name} ${block.attribs.class ?? ''}`;
    const alike = (parent as Element).children.filter(
      (c) => c.type === 'tag' && `${(c as Element).name} ${(c as Element).attribs.class ?? ''}` === shape && textOf(c).trim().length >= 25 && linkDensity(c as Element) < 0.3,
    );
    if (alike.length >= 3) return parent as Element;
    block = parent as Element;
  }
  return best;
}

// Articles often split their body over sibling containers (ads in between): keep strong siblings.
function withSiblings(best: Element, bestScore: number, scores: Map<Element, number>): AnyNode[] {
  const parent = best.parent;
  if (!parent || !('children' in parent)) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  return parent.children.filter((sibling) => {
    if (sibling === best) return true;
    if (sibling.type !== 'tag') return false;
    const element = sibling as Element;
    if ((scores.get(element) ?? 0) >= threshold) return true;
    const text = textOf(element).trim();
    return element.name === 'p' && text.length > 80 && linkDensity(element) < 0.25;
  });
}

// Inline elements whose text is the box's own: a body written as <span>s or <font>s straight in a <div> is prose.
const INLINE = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'u', 'small', 'mark', 'q', 'cite', 'sup', 'sub']);

/** A box's own text: its text nodes and those of its inline children (not its links, not its blocks). */
function directText(element: Element): string {
  return element.children
    .map((child) => {
      if (child.type === 'text') return (child as unknown as { data: string }).data;
      return child.type === 'tag' && INLINE.has((child as Element).name) ? directText(child as Element) : '';
    })
    .join('');
}
