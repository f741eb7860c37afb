/**
 * Realistic news pages for the end-to-end bench: 50–200 KB of HTML with the boilerplate real pages carry
 * (inline scripts, navigation, related links, a cookie banner, comments, a footer) around an article whose
 * quotes and figures recur across outlets, so that merges happen as they do on a real story.
 */
import { Random } from '../random.ts';

const WORDS = (
  'council harbour budget minister river vote energy prices market bridge school hospital police court report ' +
  'station water contract inquiry strike union airline farmers tourism rail road plan project week month year ' +
  'officials residents region city county state agency company board members committee talks deal support'
).split(' ');
const NAMES = ['Ines Calloway', 'Olek Varga', 'Ruth Abney', 'Tomas Vehko', 'Carla Benedek', 'Maren Okafor', 'Felix Ambrose', 'Dara Quill'];
const ROLES = ['the mayor', 'the finance minister', 'a council spokeswoman', 'the union leader', 'the agency director'];

export interface Page {
  path: string;
  title: string;
  html: string;
}

/** A statement pool: about one statement per five pages, each repeated by several outlets. */
function statements(random: () => number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 10 + Math.floor(random() * 14) }, () => WORDS[Math.floor(random() * WORDS.length)]);
    return `${words.join(' ')} number ${i}`.replace(/^./, (c) => c.toUpperCase());
  });
}

const paragraph = (random: () => number, words: number) =>
  Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';

/** Generates `count` pages, deterministic for a seed. */
export function generatePages(count: number, seed = 7): Page[] {
  const rng = new Random(seed);
  const random = () => rng.next();
  const pool = statements(random, Math.max(1, Math.floor(count / 5)));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const title = `${paragraph(random, 6).slice(0, -1)} (${i})`;
    const body: string[] = [];
    const paragraphs = 8 + Math.floor(random() * 12);
    for (let p = 0; p < paragraphs; p++) {
      if (p % 3 === 1) {
        const speaker = pick(NAMES);
        body.push(`<p>"${pick(pool)}," ${pick(ROLES)} ${speaker} said on ${pick(['Monday', 'Tuesday', 'Friday'])}.</p>`);
      } else if (p % 5 === 4) {
        body.push(`<p>More than ${1 + Math.floor(random() * 20)}0,000 ${pick(['residents', 'passengers', 'households'])} were affected, officials said.</p>`);
      } else {
        body.push(`<p>${paragraph(random, 40 + Math.floor(random() * 60))}</p>`);
      }
    }
    const nav = Array.from({ length: 80 }, (_, n) => `<li><a href="/section/${n}">${pick(WORDS)} ${pick(WORDS)}</a></li>`).join('');
    const related = Array.from({ length: 20 }, (_, n) => `<li><a href="/story/${(i + n) % count}">${paragraph(random, 8)}</a></li>`).join('');
    const comments = Array.from({ length: 10 + Math.floor(random() * 30) }, () => `<div class="comment"><p>${paragraph(random, 30)}</p></div>`).join('');
    const script = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 1500 + Math.floor(random() * 5500) }, (_, n) => ({ id: n, label: pick(WORDS) })) })}</script>`;
    const html =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<meta property="og:site_name" content="Outlet ${i % 40}"><meta property="article:published_time" content="2026-11-${String(1 + (i % 20)).padStart(2, '0')}T08:00:00Z">` +
      `${script}<style>${'.x{color:red}'.repeat(200)}</style></head><body>` +
      `<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>` +
      `<header><nav><ul>${nav}</ul></nav></header><main><article><h1>${title}</h1><p class="byline">By Staff Reporter</p>${body.join('')}</article>` +
      `<aside class="related"><h2>Related</h2><ul>${related}</ul></aside><section class="comments">${comments}</section></main>` +
      `<div class="newsletter">Sign up for our newsletter</div><footer>${paragraph(random, 60)}</footer></body></html>`;
    return { path: `/story/${i}`, title, html };
  });
}

/** An RSS feed listing pages by link only, so that every page is fetched and extracted. */
export function feedOf(base: string, pages: readonly Page[]): string {
  const items = pages
    .map((p) => `<item><title>${p.title}</title><link>${base}${p.path}</link><guid>${base}${p.path}</guid></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench wire</title><link>${base}/</link>${items}</channel></rss>`;
}
