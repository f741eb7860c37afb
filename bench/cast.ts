/** Who appears in the generated corpus: outlets, organisations, speakers (one full name each), and figures. */
import { FIGURE_MANTISSAS } from './composeQuote.ts';
import type { Random } from './random.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { SpeakerType } from '../extract/types.ts';

export interface Speaker {
  /** The one full-name string every mention of this speaker carries. */
  name: string;
  type: SpeakerType;
  role: string;
}

export interface Outlet {
  name: string;
  host: string;
}

/** A reported figure: its value, unit and the organisation it is about. */
export interface Figure {
  value: number;
  unit: string;
  subject: string;
}

export interface Cast {
  outlets: Outlet[];
  /** An organisation a story is about (popular ones recur). */
  subject(random: Random): string;
  /** One to three people (popular ones recur), sometimes with the organisation itself. */
  speakers(random: Random, subject: string): Speaker[];
  org(subject: string): Speaker;
}

const ROLES = ['spokesperson', 'minister', 'chief executive', 'senator', 'analyst', 'mayor', 'chairman', 'economist'];
const ORG_SUFFIXES = ['Group', 'Bank', 'Energy', 'Motors', 'Airlines', 'Holdings', 'Telecom'];
const OUTLET_SUFFIXES = ['Times', 'Post', 'News', 'Daily', 'Herald', 'Observer', 'Courier', 'Tribune', 'Gazette'];

/** Builds the cast from the vocabulary: 2,500 outlets, 1,500 organisations, 3,000 people. */
export function makeCast(vocabulary: Vocabulary): Cast {
  const outlets = Array.from({ length: 2500 }, (_, i) => {
    const word = vocabulary.outletWords[i % vocabulary.outletWords.length] as string;
    const suffix = OUTLET_SUFFIXES[Math.floor(i / vocabulary.outletWords.length) % OUTLET_SUFFIXES.length] as string;
    return { name: `The ${word} ${suffix}`, host: `${word}-${suffix}.example`.toLowerCase() };
  });
  const orgs = vocabulary.orgWords.map((word, i) => (i % 10 < 3 ? `${word} ${ORG_SUFFIXES[i % ORG_SUFFIXES.length]}` : word));
  const people: Speaker[] = vocabulary.surnames.map((surname, i) => ({
    name: `${vocabulary.firstNames[(i * 7) % vocabulary.firstNames.length]} ${surname}`,
    type: 'person',
    role: ROLES[i % ROLES.length] as string,
  }));
  return {
    outlets,
    subject: (random) => orgs[random.zipf(orgs.length, 0.9)] as string,
    speakers(random, subject) {
      const chosen = random.distinctZipf(people.length, random.int(1, 3), 1).map((i) => people[i] as Speaker);
      return random.chance(0.3) ? [...chosen, this.org(subject)] : chosen;
    },
    org: (subject) => ({ name: subject, type: 'organisation', role: 'company' }),
  };
}

const UNITS: Array<readonly [string, number]> = [
  ['percent', 25], ['people', 10], ['dollars', 12], ['users', 8], ['euros', 6], ['jobs', 6], ['homes', 4],
  ['tonnes', 4], ['barrels', 3], ['patients', 3], ['votes', 3], ['vehicles', 3], ['flights', 2], ['customers', 4],
  ['subscribers', 3], ['visitors', 2], ['troops', 2], ['students', 3],
];
const PERCENTS = [50, 10, 20, 30, 40, 25, 5, 15, 60, 70, 80, 90, 75, 12, 3, 2, 1, 35, 45, 8];

/** A figure about a subject, with the skew of real reporting: round numbers and percentages are common. */
export function drawFigure(random: Random, subject: string): Figure {
  const unit = random.weighted(UNITS);
  if (unit === 'percent') {
    const value = random.chance(0.7) ? (PERCENTS[random.zipf(PERCENTS.length, 1)] as number) : random.int(1, 99);
    return { value, unit, subject };
  }
  const mantissa = random.chance(0.7) ? Number(FIGURE_MANTISSAS[random.zipf(FIGURE_MANTISSAS.length, 1)]) : random.int(2, 999);
  const big = unit === 'dollars' || unit === 'euros' || unit === 'users';
  const scale = random.weighted<number>([
    [1, 2],
    [1e3, 3],
    [1e6, 4],
    [1e9, big ? 2 : 0],
  ]);
  return { value: Math.round(mantissa * scale * 1000) / 1000, unit, subject };
}
