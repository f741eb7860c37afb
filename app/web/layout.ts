import { html, SafeHtml } from './html.ts';

const STYLE = `
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --bg: #fff; --line: #d8dadf; --accent: #0b57d0; --warn: #b3261e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --muted: #a8adb4; --bg: #16181c; --line: #3c4043; --accent: #8ab4f8; --warn: #f2b8b5; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; border-bottom: 1px solid var(--line); }
header .brand { font-weight: 700; font-size: 1.2rem; }
nav a { margin-right: 1rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 0.5rem; background: var(--bg); padding: 0.25rem; }
form.search { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); align-items: end; }
form.search .wide { grid-column: 1 / -1; display: flex; gap: 0.5rem; }
form.search .wide input { flex: 1; }
label { display: flex; flex-direction: column; font-size: 0.9rem; color: var(--muted); }
label.check { flex-direction: row; gap: 0.4rem; align-items: center; }
input, select, button { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
button, .button { background: var(--accent); color: var(--bg); border: 0; cursor: pointer; padding: 0.45rem 1rem; border-radius: 6px; text-decoration: none; display: inline-block; }
.layout { display: grid; gap: 1.5rem; grid-template-columns: 1fr; }
@media (min-width: 60rem) { .layout { grid-template-columns: 1fr 16rem; } }
ol.results { list-style: none; padding: 0; margin: 0; }
ol.results li, .card { border-bottom: 1px solid var(--line); padding: 0.75rem 0; }
blockquote { margin: 0.25rem 0; font-size: 1.05rem; }
.meta { color: var(--muted); font-size: 0.9rem; }
.kind { text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.05em; border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3rem; }
.warn { color: var(--warn); }
aside h2 { font-size: 1rem; margin: 1rem 0 0.25rem; }
aside ul { list-style: none; padding: 0; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.scroll { overflow-x: auto; }
.url { word-break: break-all; }
ol.timeline { padding-left: 1.25rem; }
ul.reworded { border-left: 3px solid var(--line); padding-left: 1.5rem; font-style: italic; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 0.75rem 0; }
`;

// The stylesheet is our own constant, so it goes in as it is.

/** A whole page: the navigation, the content, and a little CSS (no scripts). */
export function layout(title: string, content: SafeHtml, options: { queues: boolean; notice?: string | null }): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · claimdesk</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<span class="brand"><a href="/">claimdesk</a></span>
<nav aria-label="Main"><a href="/">Search</a><a href="/stories">Stories</a><a href="/feeds">Feeds</a><a href="/jobs">Jobs</a>${options.queues ? html`<a href="/admin/queues">Queues</a>` : ''}<a href="/api/openapi.json">API</a></nav>
</header>
<main id="main">
${options.notice ? html`<p class="warn" role="alert">${options.notice}</p>` : ''}
${content}
</main>
</body>
</html>`;
}
