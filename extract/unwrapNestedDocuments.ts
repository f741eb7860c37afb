/** Whole HTML documents pasted into a page's content (a CMS storing an editor's full page as the body). */

import type { CheerioAPI } from 'cheerio';

/**
 * Replaces every `<html>` or `<body>` inside the page's body by its children, and drops a nested `<head>`: the
 * parser keeps them as ordinary elements, and the searches for the article's start and end stop at a `<body>`.
 */
export function unwrapNestedDocuments($: CheerioAPI): void {
  $('body head').remove();
  $('body html, body body').each((_, element) => {
    $(element).replaceWith($(element).contents());
  });
}
