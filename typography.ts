/** One form for the typography outlets differ in: curly and straight quotes, dashes, the ellipsis character. */

const TYPOGRAPHY: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

/** A text in NFKC, lower case, with straight quotes, plain hyphens and three dots: "“We’ll go…”" -> "\"we'll go...\"". */
export function unifyTypography(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of TYPOGRAPHY) s = s.replace(pattern, replacement);
  return s;
}
