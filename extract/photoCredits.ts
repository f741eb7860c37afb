/**
 * Photo credits and bylines printed as lines of their own or in parentheses ("Facebook/Ann Lind.", "AP Photo/Tom Roe",
 * "Photo: Tom Roe/Reuters", "Tom Roe via Getty Images.", "Getty."): they name who took or posted a picture, never
 * anyone the story is about, so no name in them is one "the company" or "he" points back at.
 */

/** A run of one to five capitalised words ("Mohamed Mamdouh Assem", "AP Photo", "FABRICE COFFRINI"). */
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s\p{Lu}[\p{L}\p{N}.&’'-]*){0,4}`;

/** Picture agencies and platforms a credit may name alone ("Getty.", "Twitter."). */
const CREDIT_SOURCES = String.raw`Getty(?:\sImages)?|AP(?:\sPhoto)?|AFP|Reuters|EPA|Shutterstock|Twitter|Facebook|LinkedIn|Instagram|YouTube|Flickr|Handout`;

/** The whole of a credit, without its closing full stop or parentheses. */
const CREDIT = new RegExp(
  String.raw`^(?:` +
    // "Facebook/Ann Lind", "AP Photo/Tom Roe", "FABRICE COFFRINI/AFP/Getty Images": capitalised runs split by slashes.
    String.raw`${CAPITALISED_RUN}(?:\s?/\s?${CAPITALISED_RUN})+` +
    // "Tom Roe via Getty Images", "Bloomberg via Getty Images".
    String.raw`|${CAPITALISED_RUN}\svia\s${CAPITALISED_RUN}` +
    // "Photo: Tom Roe/Reuters", "Credit: Ann Lind".
    String.raw`|(?:Photo(?:graph)?|Picture|Image|Credit|Photo\scredit)s?:\s${CAPITALISED_RUN}(?:\s?/\s?${CAPITALISED_RUN})*` +
    String.raw`|${CREDIT_SOURCES}` +
    String.raw`)$`,
  'u',
);

/** A credit in parentheses closing a caption ("... on Friday. (AP Photo/Tom Roe)"). */
const PARENTHESISED_CREDIT = /\(([^()\n]{2,80})\)/gu;

/** Whether `line` (a whole line, surrounding spaces allowed) is a credit and nothing else. */
export function isCreditLine(line: string): boolean {
  const bare = line
    .trim()
    .replace(/^\(/, '')
    .replace(/\.?\)?\.?$/, '');
  return bare !== '' && CREDIT.test(bare);
}

/** The stretches of `text` that credits take: whole lines, and credits in parentheses; in text order. */
export function creditStretches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  while (from <= text.length) {
    const to = text.indexOf('\n', from);
    const end = to === -1 ? text.length : to;
    if (isCreditLine(text.slice(from, end))) out.push({ start: from, end });
    else {
      for (const m of text.slice(from, end).matchAll(PARENTHESISED_CREDIT)) {
        const inner = (m[1] ?? '').replace(/\.$/, '');
        // Only a credit with a slash or "via" in parentheses: "(Reuters)" after a dateline is the wire that filed it.
        if (/\/|\svia\s/u.test(inner) && CREDIT.test(inner))
          out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
      }
    }
    if (to === -1) break;
    from = to + 1;
  }
  return out;
}

/** Whether `offset` falls inside one of `stretches`. */
export const inCredit = (stretches: readonly { start: number; end: number }[], offset: number): boolean =>
  stretches.some((s) => s.start <= offset && offset < s.end);
