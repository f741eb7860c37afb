/** Evidence about a box's content: how much of its text is links, and how much is prose paragraphs. */

import type { AnyNode, Element } from 'domhandler';
import { elementsOf, textOf } from './walkNodes.ts';

/** A paragraph of at least this many characters, mostly not links, is prose. */
export const MIN_PROSE = 80;
// Block elements whose own text reads as a paragraph when it is long enough.
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'li', 'dd', 'td']);

/** Share (0 to 1) of an element's visible characters that are link text. */
export function linkDensity(element: AnyNode): number {
  const total = textOf(element).trim().length;
  if (total === 0) return 0;
  let linked = 0;
  for (const el of elementsOf(element)) if (el.name === 'a') linked += textOf(el).trim().length;
  return Math.min(1, linked / total);
}

/** Whether a paragraph element reads as prose: long enough, and not mostly links. */
export function isProse(element: Element): boolean {
  if (!PARAGRAPHS.has(element.name)) return false;
  const text = textOf(element).replace(/\s+/g, ' ').trim();
  return text.length >= MIN_PROSE && linkDensity(element) < 0.5;
}

/** Characters of prose paragraphs under every element of `root`, summed bottom-up in one pass. */
export function proseLengths(root: AnyNode): Map<AnyNode, number> {
  const lengths = new Map<AnyNode, number>();
  const elements = elementsOf(root);
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const element = elements[i] as Element;
    let length = 0;
    // <p> and a box's own loose text count as paragraphs: lists and cells of prose are counted through their
    // <p>s, so that a menu of long link lists never passes for prose.
    if (element.name === 'p')
      length = isProse(element) ? textOf(element).replace(/\s+/g, ' ').trim().length : 0;
    else {
      for (const child of element.children) length += lengths.get(child) ?? 0;
      length += looseProse(element);
    }
    lengths.set(element, length);
  }
  if (root.type === 'root')
    lengths.set(
      root,
      (root as unknown as { children: AnyNode[] }).children.reduce((n, c) => n + (lengths.get(c) ?? 0), 0),
    );
  return lengths;
}

// Blog engines write posts as text broken by <br> straight inside a <div>: that loose text is prose too.
function looseProse(element: Element): number {
  if (element.name === 'a' || element.name === 'ul' || element.name === 'ol') return 0;
  let length = 0;
  for (const child of element.children)
    if (child.type === 'text')
      length += (child as unknown as { data: string }).data.replace(/\s+/g, ' ').trim().length;
  return length >= MIN_PROSE ? length : 0;
}
