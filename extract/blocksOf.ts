/** The paragraphs of a container as a reader sees them: inline runs between block boundaries. */

import type { AnyNode, Element } from 'domhandler';
import { textOf } from './walkNodes.ts';

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'dl',
  'dt',
  'dd',
  'header',
  'center',
  'figure',
  'h1',
  'address',
  'details',
  'summary',
  'hr',
  'body',
  'html',
]);
const SKIPPED_BLOCKS = new Set(['h1', 'hr']);
// Elements whose text is prose; short loose text outside them is a label, a date or a button.
const TEXT_BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'dd', 'dt']);
const MIN_LOOSE_TEXT = 40;
// A short line that credits a picture ("Foto: Ingo Pertramer", "Überblick. (Foto: Getty)", "© Bundesrat | Frank
// Bräuer") or claims a copyright ("© 2020 Example Media") is a caption or a footer, not the article's text.
const MAX_CREDIT_LINE = 150;
const CREDIT =
  /(?:^|[(|,.]\s*)(?:fotos?|photos?|bild(?:er)?|crédits? photos?|photo credits?|credits?)\s*:|^(?:copyright\s*)?©/iu;

/**
 * A run's text as a reader sees it: soft hyphens (invisible hints where a word may break) dropped, letters in
 * their composed form (a page may write "ü" as "u" and a combining diaeresis), whitespace collapsed.
 */
export function readable(run: string): string {
  return run
    .replace(/\u00ad/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraph texts in document order: inline runs between block boundaries. */
export function blocksOf(container: AnyNode): string[] {
  const out: string[] = [];
  let run = '';
  let links = 0;
  // Whether the run has a letter or digit outside links: a long run without one is a tag cloud, not a paragraph.
  let unlinked = false;
  let inText = 0;
  const flush = (): void => {
    const text = readable(run);
    const loose = inText === 0 && text.length < MIN_LOOSE_TEXT;
    const credit = text.length <= MAX_CREDIT_LINE && CREDIT.test(text);
    if (text !== '' && !loose && !credit && (links / text.length < 0.5 || (text.length > 200 && unlinked)))
      out.push(text);
    run = '';
    links = 0;
    unlinked = false;
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
      const data = (node as unknown as { data: string }).data;
      run += data;
      unlinked ||= /[\p{L}\p{N}]/u.test(data);
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
