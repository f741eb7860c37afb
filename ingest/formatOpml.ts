/** Writes a feed list as an OPML 2.0 subscription list, the form feed readers import. */

export interface OpmlOutline {
  url: string;
  title: string | null;
  siteUrl?: string | null;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An OPML document listing `feeds` (type rss), titled `title`. */
export function formatOpml(feeds: readonly OpmlOutline[], title = 'claimdesk feeds'): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    '  <body>',
    ...feeds.map((f) => {
      const text = escapeXml(f.title ?? f.url);
      const site = f.siteUrl ? ` htmlUrl="${escapeXml(f.siteUrl)}"` : '';
      return `    <outline type="rss" text="${text}" title="${text}" xmlUrl="${escapeXml(f.url)}"${site}/>`;
    }),
    '  </body>',
    '</opml>',
    '',
  ];
  return lines.join('\n');
}
