/** robots.txt (RFC 9309) read into rules for one crawler, and the allow/disallow decision for a path. */

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written, non-ASCII percent-encoded; `*` any run, a final `$` the end. */
  pattern: string;
}

/** The rules that apply to one crawler; empty: everything allowed. */
export interface RobotsRules {
  rules: RobotsRule[];
  /** The group's `Crawl-delay` (seconds between requests), capped at MAX_CRAWL_DELAY_SECONDS; null: none. */
  crawlDelaySeconds: number | null;
}

/**
 * A longer Crawl-delay is read as this: a site asking for minutes between requests would hold a
 * poll for longer than a feed's interval, and one hour-long typo would stall every feed on it.
 */
export const MAX_CRAWL_DELAY_SECONDS = 60;

/** RFC 9309 asks crawlers to read at least 500 KiB; we read that much and ignore the rest. */
export const ROBOTS_MAX_CHARS = 512 * 1024;

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
}

/**
 * Reads a robots.txt body and keeps the rules and Crawl-delay of the groups naming `token`
 * (case-insensitive), or else those of the `*` groups; several matching groups are merged, as
 * RFC 9309 says. Throws nothing:
 * lines it cannot read are skipped.
 */
export function parseRobots(body: string, token: string): RobotsRules {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of body.slice(0, ROBOTS_MAX_CHARS).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.agents.push(agentToken(value));
      lastWasAgent = true;
    } else if (field === 'allow' || field === 'disallow') {
      lastWasAgent = false;
      // An empty Disallow allows everything: it is no rule at all.
      if (current !== null && value !== '')
        current.rules.push({ allow: field === 'allow', pattern: encodePattern(value) });
    } else if (field === 'crawl-delay') {
      // Not in RFC 9309, but widely written; it neither starts nor ends a group.
      const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
      if (current !== null && Number.isFinite(seconds))
        current.crawlDelaySeconds = Math.max(current.crawlDelaySeconds ?? 0, seconds);
    }
    // Other fields (sitemap, host, ...) neither start nor end a group.
  }
  const wanted = token.toLowerCase();
  const named = groups.filter((group) => group.agents.includes(wanted));
  const chosen = named.length > 0 ? named : groups.filter((group) => group.agents.includes('*'));
  const delays = chosen.flatMap((group) => (group.crawlDelaySeconds === null ? [] : [group.crawlDelaySeconds]));
  return {
    rules: chosen.flatMap((group) => group.rules),
    // Merged groups: the slowest pace any of them asks for.
    crawlDelaySeconds: delays.length === 0 ? null : Math.min(Math.max(...delays), MAX_CRAWL_DELAY_SECONDS),
  };
}

/**
 * True when `pathAndQuery` may be fetched: the longest matching pattern decides, and on a tie
 * allow wins; no match allows. `/robots.txt` itself is always allowed.
 */
export function isAllowedByRobots(rules: RobotsRules, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of rules.rules) {
    if (!matches(rule.pattern, pathAndQuery)) continue;
    if (
      best === null ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow)
    ) {
      best = rule;
    }
  }
  return best === null || best.allow;
}

/** The product token of a User-agent line: `Claimdesk/1.0` names `claimdesk`. */
function agentToken(value: string): string {
  const token = /^[A-Za-z_*-]+/.exec(value)?.[0] ?? value;
  return token.toLowerCase();
}

/** Percent-encodes what a URL's path would carry encoded (non-ASCII, spaces), leaving existing escapes. */
function encodePattern(pattern: string): string {
  return pattern.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`).test(path);
}
