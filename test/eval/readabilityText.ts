import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * The baseline every article section measures against, run as its README runs it: a jsdom document (no
 * scripts, no resources), then Readability.parse(); '' when it finds nothing or throws.
 */
export function readabilityText(page: { html: string; url: string }): string {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } catch {
    return '';
  } finally {
    dom.window.close();
  }
}
