/**
 * The standfirst by what the page says of itself: a template that prints the summary of its meta description
 * above the article often prints it in a box of its own (a teaser, a hero, an excerpt) that the searches beside
 * the body do not reach.
 */

import type { AnyNode, Element } from 'domhandler';
import { blocksOf } from './blocksOf.ts';
import { linkDensity } from './measureText.ts';
import { elementsOf, textOf } from './walkNodes.ts';

// A description shorter than this is a title or a slogan, not a paragraph.
const MIN_DESCRIPTION = 60;
// A block is the description printed when it starts with this much of it (descriptions are often cut short).
const MATCHED_PREFIX = 50;
const MAX_LINK_DENSITY = 0.3;

/**
 * The block printed before the body's last container (before the body, or between two of its containers: a
 * picture, the standfirst, then the text) that is the page's description, or null: none printed, or it is already
 * in the text (`kept`).
 */
export function findStandfirst(
  root: AnyNode,
  lastContainer: AnyNode,
  description: string | null,
  kept: ReadonlySet<string>,
): string | null {
  if (description === null) return null;
  const summary = description
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:\.\.\.|…)$/, '')
    .trim();
  if (summary.length < MIN_DESCRIPTION) return null;
  const prefix = summary.slice(0, MATCHED_PREFIX);
  if ([...kept].some((block) => block.includes(prefix))) return null;
  const match = innermostHolding(root, prefix);
  if (
    match === null ||
    match.name === 'h1' ||
    linkDensity(match) > MAX_LINK_DENSITY ||
    !precedes(root, match, lastContainer)
  )
    return null;
  return blocksOf(match).find((block) => block.startsWith(prefix)) ?? null;
}

/** The deepest element whose text holds `words`, going down from `root` one holding child at a time. */
function innermostHolding(root: AnyNode, words: string): Element | null {
  const holds = (node: AnyNode): boolean => textOf(node).replace(/\s+/g, ' ').includes(words);
  if (!holds(root)) return null;
  let found: Element | null = null;
  for (let node: AnyNode | undefined = root; node !== undefined && 'children' in node;) {
    node = node.children.find((child) => child.type === 'tag' && holds(child));
    if (node !== undefined) found = node as Element;
  }
  return found;
}

/** Whether `element` starts before `other` in the page. */
function precedes(root: AnyNode, element: Element, other: AnyNode): boolean {
  for (const el of elementsOf(root)) {
    if (el === other) return false;
    if (el === element) return true;
  }
  return false;
}
