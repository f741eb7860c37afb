/** The main text of a cleaned page: score containers by their paragraphs, keep the best one's blocks. */

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const POSITIVE = /article|content|story|body|post|entry|main|text|prose|news|blog/i;
const NEGATIVE = /nav|menu|footer|sidebar|related|recommend|comment|newsletter|subscribe|cookie|consent|share|social|promo|advert|sponsor|banner|popup|modal|breadcrumb|caption|widget|masthead|toolbar|trending|most-read|outbrain|taboola|paywall|signup|login|tags|author-bio/i;
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h2', 'h3', 'h4', 'h5',
  'h6', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'dl', 'dt', 'dd', 'header', 'center', 'figure', 'h1',
  'address', 'details', 'summary', 'hr', 'body', 'html',
]);
const SKIPPED_BLOCKS = new Set(['h1', 'hr']);
// Elements whose text is prose; short loose text outside them is a label, a date or a button.
const TEXT_BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'dd', 'dt']);
const MIN_LOOSE_TEXT = 40;

/** Score containers of the cleaned page and return the best one's paragraphs joined by a blank line. */
export function findMainText($: CheerioAPI): string {
  const root = ($('body')[0] ?? $.root()[0]) as AnyNode | undefined;
  if (root === undefined) return '';
  const scores = new Map<Element, number>();
  for (const element of elementsOf(root)) {
    if (!['p', 'pre', 'blockquote', 'div', 'td'].includes(element.name)) continue;
    const length = (element.name === 'div' || element.name === 'td' ? directText(element) : textOf(element)).trim().length;
    if (length < 25) continue;
    const text = textOf(element);
    const points = 1 + (text.match(/[,，]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    let ancestor = element.parent;
    for (let level = 0; level < 3 && ancestor && ancestor.type === 'tag'; level += 1) {
      const el = ancestor as Element;
      scores.set(el, (scores.get(el) ?? initialScore(el)) + points / (level === 0 ? 1 : level * 2));
      ancestor = el.parent;
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [element, score] of scores) {
    const adjusted = score * (1 - linkDensity(element));
    scores.set(element, adjusted);
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  if (best !== null) best = repeatedBlockParent(best);
  const containers = best === null ? [root] : withSiblings(best, bestScore, scores);
  const paragraphs: string[] = [];
  for (const container of containers) paragraphs.push(...blocksOf(container));
  return paragraphs.filter((p, i) => p !== paragraphs[i - 1]).join('\n\n');
}

function initialScore(element: Element): number {
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

/** Paragraph texts in document order: inline runs between block boundaries. */
function blocksOf(container: AnyNode): string[] {
  const out: string[] = [];
  let run = '';
  let links = 0;
  let inText = 0;
  const flush = (): void => {
    const text = run.replace(/\s+/g, ' ').trim();
    const loose = inText === 0 && text.length < MIN_LOOSE_TEXT;
    if (text !== '' && !loose && (links / text.length < 0.5 || text.length > 200)) out.push(text);
    run = '';
    links = 0;
  };
  const stack: Array<AnyNode | 'flush' | 'leave'> = [container];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'flush') {
      flush();
      continue;
    }
    if (node === 'leave') {
      flush();
      inText -= 1;
      continue;
    }
    if (node.type === 'text') {
      run += (node as unknown as { data: string }).data;
      continue;
    }
    // A fragment (a feed entry's content) has no <body>: its paragraphs hang from the document root.
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const element = node as Element;
    if (element.name === 'br') {
      flush();
      continue;
    }
    if (element.name === 'a') {
      const text = textOf(element);
      run += text;
      links += text.trim().length;
      continue;
    }
    if (SKIPPED_BLOCKS.has(element.name)) continue;
    const block = BLOCKS.has(element.name);
    if (block) {
      flush();
      if (TEXT_BLOCKS.has(element.name)) {
        inText += 1;
        stack.push('leave');
      } else stack.push('flush');
    }
    for (let i = element.children.length - 1; i >= 0; i -= 1) {
      const child = element.children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  flush();
  return out;
}

/** All elements under `root`, iteratively so that deep nesting cannot overflow the stack. */
export function elementsOf(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') out.push(node as Element);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

/** Text under a node, iteratively. */
export function textOf(root: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === 'text') text += (node as unknown as { data: string }).data;
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
  return text;
}

function directText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? (child as unknown as { data: string }).data : '')).join('');
}

function linkDensity(element: Element): number {
  const total = textOf(element).trim().length;
  if (total === 0) return 0;
  let linked = 0;
  for (const el of elementsOf(element)) if (el.name === 'a') linked += textOf(el).trim().length;
  return Math.min(1, linked / total);
}
