import type { CorpusPage, Outlet } from './generateCorpus.ts';

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A news page as outlets publish them: head metadata, cookie banner, navigation, the story, related links, footer. */
export function renderArticlePage(page: Omit<CorpusPage, 'html'>, paragraphs: readonly string[], views: number): string {
  const { outlet, title, url } = page;
  const published = page.publishedAt.toISOString();
  const nav = ['News', 'Local', 'Business', 'Sport', 'Opinion', 'Weather']
    .map((s) => `<li><a href="/${outlet.slug}/${s.toLowerCase()}">${s}</a></li>`)
    .join('\n        ');
  const related = [1, 2, 3]
    .map((n) => `<li><a href="/${outlet.slug}/news/more-${n}.html">More from the ${escapeHtml(outlet.name)}: story ${n}</a></li>`)
    .join('\n        ');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} | ${escapeHtml(outlet.name)}</title>
  <meta name="description" content="${escapeHtml(page.summary)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${escapeHtml(title)}">
  <meta property="og:site_name" content="${escapeHtml(outlet.name)}">
  <meta property="og:url" content="${url}">
  <meta property="article:published_time" content="${published}">
  <link rel="canonical" href="${url}">
  <link rel="stylesheet" href="/static/site.css">
  <script src="/static/consent.js" defer></script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to improve your experience and to understand how our site is used. You can change your choices at any time.</p>
    <button type="button">Accept all</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/${outlet.slug}/">${escapeHtml(outlet.name)}</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        ${nav}
      </ul>
    </nav>
  </header>
  <main class="content">
    <article class="story">
      <header class="story-header">
        <h1>${escapeHtml(title)}</h1>
        <p class="byline">By the ${escapeHtml(outlet.name)} newsroom</p>
        <time datetime="${published}">${page.publishedAt.toUTCString()}</time>
      </header>
      <div class="story-body">
        ${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n        ')}
      </div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
        ${related}
      </ul>
      <p class="views">${views} readers are viewing this story</p>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2026 ${escapeHtml(outlet.name)}. All rights reserved.</p>
    <ul><li><a href="/${outlet.slug}/privacy">Privacy</a></li><li><a href="/${outlet.slug}/contact">Contact us</a></li></ul>
  </footer>
</body>
</html>
`;
}

/** An RSS 2.0 feed listing pages by title, link and summary (no full text, so that each page is fetched). */
export function renderFeed(outlet: Outlet, siteUrl: string, items: readonly CorpusPage[]): string {
  const entries = items
    .map(
      (a) => `    <item>
      <title>${escapeHtml(a.title)}</title>
      <link>${a.url}</link>
      <guid isPermaLink="true">${a.url}</guid>
      <pubDate>${a.publishedAt.toUTCString()}</pubDate>
      <description>${escapeHtml(a.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeHtml(outlet.name)}</title>
    <link>${siteUrl}</link>
    <description>Latest news from the ${escapeHtml(outlet.name)}</description>
${entries}
  </channel>
</rss>
`;
}
