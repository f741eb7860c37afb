/** The parsers of option values: each returns the value or throws commander's InvalidArgumentError (atMost: InputError). */
import { InvalidArgumentError } from 'commander';
import { InputError } from '../../errors.ts';
import { parseEvery } from '../../jobs/planNextPoll.ts';

/** A whole number of at least 1; the error names the option. */
export const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number`);
  return n;
};

// The years both JavaScript and PostgreSQL hold (as the web page's filters).
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z');
const LAST_DAY = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A day or a moment in ISO 8601 (`2026-02-12`, `2026-02-12T10:30:00Z`), as an ISO string (a day: 00:00 UTC). A
 * day-first or month-first form ("3/12/2026") is refused rather than read one way when the user meant the other.
 */
export const isoDate = (value: string) => {
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time) || time < FIRST_DAY || time > LAST_DAY) {
    throw new InvalidArgumentError('expected a date such as 2026-02-12 or 2026-02-12T10:30:00Z (a day starts at 00:00 UTC)');
  }
  return new Date(time).toISOString();
};

/** The publication date `claims ingest --published` gives: a date as `isoDate` reads it. */
export const publishedDate = isoDate;

/** A polling interval (`15m`, `2h`, `1d`, seconds) of at least a minute, in seconds. */
export const pollInterval = (value: string) => {
  const seconds = parseEvery(value);
  if (seconds === null || seconds < 60) throw new InvalidArgumentError('expected an interval of at least 1m, such as 15m, 2h or 1d');
  return seconds;
};

/** A TCP port, 0 (any free port) to 65535. */
export const port = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('--port must be 0 to 65535');
  return n;
};

/**
 * Text of at most `max` characters, as the HTTP API takes the same filter. Throws InputError naming the option:
 * commander's InvalidArgumentError would print the whole too-long value back.
 */
export const atMost = (name: string, max: number) => (value: string) => {
  if (value.length > max) throw new InputError(`${name} must be at most ${max} characters (this has ${value.length})`, { parameter: name });
  return value;
};
