/** robots.txt per origin, cached: rules for a day, an unreachable file refused for a while (RFC 9309). */
import { isAllowedByRobots, parseRobots, type RobotsRules } from './parseRobots.ts';

/** The product token claimdesk answers to in robots.txt, whatever CLAIMS_USER_AGENT says. */
export const ROBOTS_TOKEN = 'claimdesk';

/** What fetching an origin's /robots.txt gave. */
export type RobotsFetchOutcome =
  | { kind: 'ok'; body: string }
  /** 4xx (but 429): no robots.txt, everything is allowed. */
  | { kind: 'unavailable' }
  /** 5xx, 429, a timeout or a network error: assume a complete disallow for now. */
  | { kind: 'unreachable'; reason: string };

export type RobotsVerdict =
  /** `crawlDelaySeconds`: the origin's Crawl-delay for us (capped), or null. */
  | { kind: 'allowed'; crawlDelaySeconds: number | null }
  | { kind: 'disallowed' }
  | { kind: 'unreachable'; reason: string };

export interface RobotsCacheOptions {
  /** How long rules (or a missing file) are trusted; RFC 9309 says at most a day. */
  ttlMs?: number;
  /** How long an unreachable robots.txt blocks the origin before it is asked again. */
  unreachableTtlMs?: number;
  now?: () => number;
}

interface Entry {
  rules: RobotsRules | null;
  unreachable: string | null;
  expiresAt: number;
}

/** One process's robots.txt cache; concurrent checks of one origin share one fetch. */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private readonly ttlMs: number;
  private readonly unreachableTtlMs: number;
  private readonly now: () => number;

  constructor(options: RobotsCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 3600_000;
    this.unreachableTtlMs = options.unreachableTtlMs ?? 10 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Decides for `url`, fetching its origin's robots.txt through `fetchRobots` when the cache has none. */
  async check(
    url: URL,
    fetchRobots: (robotsUrl: string) => Promise<RobotsFetchOutcome>,
  ): Promise<RobotsVerdict> {
    const path = url.pathname + url.search;
    if (path === '/robots.txt') return { kind: 'allowed', crawlDelaySeconds: null };
    const entry = await this.entryFor(url.origin, fetchRobots);
    if (entry.rules !== null) {
      return isAllowedByRobots(entry.rules, path)
        ? { kind: 'allowed', crawlDelaySeconds: entry.rules.crawlDelaySeconds }
        : { kind: 'disallowed' };
    }
    return { kind: 'unreachable', reason: entry.unreachable ?? 'unreachable' };
  }

  private async entryFor(
    origin: string,
    fetchRobots: (robotsUrl: string) => Promise<RobotsFetchOutcome>,
  ): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > this.now()) return cached;
    const inFlight = this.pending.get(origin);
    if (inFlight) return inFlight;
    const loading = fetchRobots(`${origin}/robots.txt`)
      .then((outcome) => this.store(origin, outcome, cached))
      .finally(() => this.pending.delete(origin));
    this.pending.set(origin, loading);
    return loading;
  }

  private store(origin: string, outcome: RobotsFetchOutcome, previous: Entry | undefined): Entry {
    const now = this.now();
    let entry: Entry;
    if (outcome.kind === 'ok') {
      entry = {
        rules: parseRobots(outcome.body, ROBOTS_TOKEN),
        unreachable: null,
        expiresAt: now + this.ttlMs,
      };
    } else if (outcome.kind === 'unavailable') {
      entry = { rules: { rules: [], crawlDelaySeconds: null }, unreachable: null, expiresAt: now + this.ttlMs };
    } else if (previous?.rules) {
      // RFC 9309 lets a crawler keep using rules it already had while the file is unreachable.
      entry = { rules: previous.rules, unreachable: null, expiresAt: now + this.unreachableTtlMs };
    } else {
      entry = { rules: null, unreachable: outcome.reason, expiresAt: now + this.unreachableTtlMs };
    }
    this.entries.set(origin, entry);
    return entry;
  }
}
