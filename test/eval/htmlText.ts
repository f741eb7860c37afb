import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

// Elements whose text stands apart from its neighbours: each starts and ends a paragraph of the text.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
// Elements whose content is never text a reader sees.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * The text of an HTML fragment or page as a labelled document's raw text: each block element (paragraph, heading,
 * list item, quotation, cell...) becomes a paragraph of its own, paragraphs separated by one blank line; `<br>`
 * breaks a line; inline tags add nothing; runs of white space become one space and paragraphs are trimmed; script,
 * style and the head are dropped. A pure function of the markup (jsdom's parse), so offsets into it stay valid.
 */
export function htmlText(html: string): string {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return textOf(dom.window.document.body ?? dom.window.document.documentElement);
  } finally {
    dom.window.close();
  }
}

/** The text of a DOM node as `htmlText` lays it out. */
function textOf(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakParagraph = () => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) breakParagraph();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) breakParagraph();
  };
  walk(root);
  breakParagraph();
  return paragraphs.join('\n\n');
}

/**
 * The article of a raw page as the pinned @mozilla/readability (0.6.0, jsdom 26) extracts it, laid out by `htmlText`.
 * Bytes that are valid UTF-8 are read as UTF-8 (several pages declare no charset, and jsdom's fallback, windows-1252,
 * turns their quote marks into "â€œ"); other bytes are decoded by jsdom's own sniffing (BOM, `<meta charset>`, else
 * windows-1252). Neither depends on claimdesk's decoder or extractor, so the text does not move when they change.
 * '' when Readability finds no article.
 */
export function readabilityArticleText(bytes: Uint8Array, url: string): string {
  const dom = new JSDOM(utf8(bytes) ?? Buffer.from(bytes), { url, virtualConsole: new VirtualConsole() });
  try {
    const content = new Readability(dom.window.document).parse()?.content;
    return content ? htmlText(content) : '';
  } finally {
    dom.window.close();
  }
}

/** The bytes as UTF-8 text (a byte-order mark dropped), or undefined when they are not valid UTF-8. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
