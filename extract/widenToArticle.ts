/**
 * The article's container when the best-scored box holds only part of it: the rest of its prose sits in boxes
 * beside it (cut apart by a list of links or a picture) that the lead and end searches stop at.
 */

import type { AnyNode, Element } from 'domhandler';
import { linkDensity } from './measureText.ts';

// Up to this many ancestors are tried.
const MAX_LEVELS = 2;
// An ancestor is the article when it holds this much more prose than the box...
const MIN_PROSE_GAIN = 1.5;
// ...and is not a page of links around it.
const MAX_LINK_DENSITY = 0.2;

/** `best`, or the ancestor whose extra prose says it is the article's container; `prose` is from proseLengths. */
export function widenToArticle(best: Element, prose: ReadonlyMap<AnyNode, number>): Element {
  let current = best;
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    const parent = current.parent;
    if (parent === null || parent.type !== 'tag') break;
    const element = parent as Element;
    if (element.name === 'body' || element.name === 'html') break;
    if (
      (prose.get(element) ?? 0) < (prose.get(current) ?? 0) * MIN_PROSE_GAIN ||
      linkDensity(element) > MAX_LINK_DENSITY
    )
      break;
    current = element;
  }
  return current;
}
