import { FILLER_TEMPLATES, FIRST_NAMES, ORGS, PLACES, QUOTE_TEMPLATES, ROLES, SURNAMES, TOPICS } from './corpusWords.ts';
import type { Topic } from './corpusWords.ts';
import { renderArticlePage, renderFeed } from './renderPages.ts';
import { createRandom } from './random.ts';
import type { Random } from './random.ts';

export interface Outlet {
  slug: string;
  name: string;
}

interface Speaker {
  first: string;
  last: string;
  role: string;
  org: string;
}

interface Story {
  slug: string;
  place: string;
  topic: Topic;
  speakers: Speaker[];
  quotes: Array<{ speaker: Speaker; text: string }>;
  figures: Array<{ value: number; unit: string; subject: string }>;
}

/** One page of the corpus: where it is served and its HTML. */
export interface CorpusPage {
  path: string;
  url: string;
  outlet: Outlet;
  title: string;
  summary: string;
  publishedAt: Date;
  html: string;
}

export interface Corpus {
  articles: CorpusPage[];
  /** One RSS feed per outlet, listing its articles without their text (so every page is fetched). */
  feeds: Array<{ path: string; url: string; xml: string }>;
}

export const OUTLETS: readonly Outlet[] = [
  'Carrisford Courier', 'Valley Daily Press', 'Radio Carrisford', 'Midshire Evening Post', 'Westmarch Herald',
  'Coastline Public Media', 'Northern Ledger', 'The Harbour Times', 'Kingsmoor Gazette', 'Easterby Chronicle',
].map((name) => ({ name, slug: name.toLowerCase().replace(/[^a-z]+/g, '-') }));

const fill = (template: string, story: Story) =>
  template
    .replaceAll('{place}', story.place)
    .replaceAll('{thing}', story.topic.thing)
    .replaceAll('{service}', story.topic.service)
    .replaceAll('{event}', story.topic.event);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function makeStory(random: Random, index: number): Story {
  const place = random.pick(PLACES);
  const topic = random.pick(TOPICS);
  const speakers = random.sample(SURNAMES, 3).map((last) => ({
    first: random.pick(FIRST_NAMES),
    last,
    role: random.pick(ROLES),
    org: random.pick(ORGS),
  }));
  const story: Story = { slug: `${place}-${topic.event}-${index}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'), place, topic, speakers, quotes: [], figures: [] };
  const templates = random.sample(QUOTE_TEMPLATES, speakers.length * 2);
  templates.forEach((template, i) => {
    const speaker = speakers[i % speakers.length] as Speaker;
    story.quotes.push({ speaker, text: fill(template, story) });
  });
  story.figures.push(
    { value: random.int(2, 90) * 1000, unit: topic.unit, subject: `the ${topic.event} in ${place}` },
    { value: random.int(2, 40), unit: 'million pounds', subject: `repairs to the ${topic.thing}` },
  );
  return story;
}

/** A quote as one outlet prints it: typography, sometimes only its first clause, sometimes a contraction. */
function printQuote(random: Random, text: string): string {
  let printed = text;
  if (random.chance(0.25)) printed = printed.split(', and ')[0] ?? printed;
  if (random.chance(0.2)) printed = printed.replace('We are ', "We're ").replace(' we will ', " we'll ");
  if (random.chance(0.3)) printed = printed.replaceAll("'", '’');
  return printed;
}

function quoteParagraph(random: Random, quote: Story['quotes'][number], introduced: Set<Speaker>, outlet: Outlet): string {
  const s = quote.speaker;
  const text = printQuote(random, quote.text);
  const [open, close] = random.chance(0.7) ? ['“', '”'] : ['"', '"'];
  if (!introduced.has(s)) {
    introduced.add(s);
    return random.chance(0.5)
      ? `${open}${text},${close} said ${s.first} ${s.last}, the ${s.role} of ${s.org}.`
      : `${s.first} ${s.last}, ${s.role} at ${s.org}, said: ${open}${text}.${close}`;
  }
  return random.chance(0.6)
    ? `${open}${text},${close} ${s.last} said.`
    : `${s.last} told the ${outlet.name}: ${open}${text}.${close}`;
}

function figureParagraph(random: Random, figure: Story['figures'][number], story: Story): string {
  const amount = figure.unit === 'million pounds' ? `£${figure.value} million` : `${figure.value.toLocaleString('en-GB')} ${figure.unit}`;
  const qualifier = random.pick(['more than', 'over']);
  return figure.unit === 'million pounds'
    ? `Repairs to the ${story.topic.thing} are expected to cost ${qualifier} ${amount}.`
    : `The ${story.topic.event} in ${story.place} has affected ${qualifier} ${amount} so far.`;
}

/**
 * Generates `count` news pages about a few stories, told by several outlets that share quotes and figures
 * with small edits (so that canonical claims merge across pages), and one RSS feed per outlet.
 */
export function generateCorpus(options: { seed: number; articles: number; baseUrl: string }): Corpus {
  const random = createRandom(options.seed);
  const stories = Array.from({ length: Math.max(8, Math.ceil(options.articles / 20)) }, (_, i) => makeStory(random, i));
  const start = Date.UTC(2026, 0, 5, 6, 0, 0);
  const articles: CorpusPage[] = [];
  for (let i = 0; i < options.articles; i++) {
    // Skewed: early stories are told by many outlets, later ones by few.
    const story = stories[Math.floor(stories.length * random.next() ** 1.6)] as Story;
    const outlet = OUTLETS[i % OUTLETS.length] as Outlet;
    const introduced = new Set<Speaker>();
    const paragraphs: string[] = [fill(random.pick(FILLER_TEMPLATES), story)];
    const quotes = random.sample(story.quotes, random.int(2, 4));
    paragraphs.push(figureParagraph(random, random.pick(story.figures), story));
    for (const quote of quotes) {
      paragraphs.push(quoteParagraph(random, quote, introduced, outlet));
      if (random.chance(0.5)) paragraphs.push(fill(random.pick(FILLER_TEMPLATES), story));
    }
    if (random.chance(0.5)) paragraphs.push(figureParagraph(random, random.pick(story.figures), story));
    paragraphs.push(`Reporting by the ${outlet.name} newsroom, file ${i + 1}.`);
    const title = `${capitalise(story.topic.event)} in ${story.place}: ${random.pick(['what we know', 'latest', 'residents react', 'officials respond', 'the day after'])}`;
    const summary = `${capitalise(story.topic.event)} in ${story.place}, as told by the ${outlet.name}.`;
    const path = `/${outlet.slug}/news/${story.slug}-${i + 1}.html`;
    const publishedAt = new Date(start + i * 7 * 60_000);
    const page = { path, url: `${options.baseUrl}${path}`, outlet, title, summary, publishedAt, html: '' };
    page.html = renderArticlePage(page, paragraphs, random.int(1000, 9999));
    articles.push(page);
  }
  const feeds = OUTLETS.map((outlet) => {
    const path = `/${outlet.slug}/rss.xml`;
    const items = articles.filter((a) => a.outlet === outlet);
    return { path, url: `${options.baseUrl}${path}`, xml: renderFeed(outlet, `${options.baseUrl}/${outlet.slug}/`, items) };
  });
  return { articles, feeds };
}
