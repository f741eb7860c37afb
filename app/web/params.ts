import { z } from 'zod';
import { InputError } from '../../errors.ts';
import type { ClaimFilters } from '../../store/claimFilters.ts';
import { SEARCH_SORTS } from '../../store/search.ts';
import type { SearchOptions } from '../../store/search.ts';
import { EXPORT_FORMATS } from '../exportChunks.ts';
import { MAX_FILTER_CHARS, queryProblem } from '../searchQuery.ts';
import type { ExportSpec } from '../exportChunks.ts';

// NUL and the other control characters mean nothing in a search, and PostgreSQL refuses NUL in text.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const text = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine((v) => !CONTROL.test(v), 'must not hold control characters').optional();
/** The years both JavaScript and PostgreSQL hold; the date goes on as ISO 8601, which both read alike. */
const FIRST = Date.UTC(1, 0, 1);
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const date = text(100)
  .refine((v) => v === undefined || (Date.parse(v) >= FIRST && Date.parse(v) <= LAST), 'must be a date such as 2026-01-31 (years 1 to 9999)')
  .transform((v) => (v === undefined ? undefined : new Date(Date.parse(v)).toISOString()));
const yesNo = z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', '']).transform((v) => (v === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(v)));

// The query's limit and message are the CLI's too (searchQuery.ts).
const searchWords = z
  .string()
  .superRefine((v, context) => {
    const problem = queryProblem(v);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  })
  .refine((v) => !CONTROL.test(v), 'must not hold control characters')
  .optional();

const filterSchema = z.object({
  q: searchWords,
  kind: z.enum(['quote', 'statement', 'number', '']).optional(),
  speaker: text(MAX_FILTER_CHARS),
  outlet: text(MAX_FILTER_CHARS),
  since: date,
  until: date,
  min_outlets: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(1_000_000, 'must be at most 1000000').optional(),
  has_conflicts: yesNo.optional(),
  story: text(MAX_FILTER_CHARS),
});
const searchSchema = filterSchema.extend({
  sort: z.enum([...SEARCH_SORTS, '']).optional(),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').optional(),
  after: text(2000),
});
const exportSchema = filterSchema.extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  mentions: yesNo.optional(),
  bom: yesNo.optional(),
});

/**
 * Parses query parameters with a schema; empty values count as absent.
 * @throws InputError naming the first bad parameter.
 */
function parse<S extends z.ZodType>(schema: S, query: URLSearchParams): z.infer<S> {
  const present = Object.fromEntries([...query.entries()].filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = String(issue?.path[0] ?? '');
    throw new InputError(`bad query parameter ${parameter}: ${issue?.message ?? 'invalid value'}`, { parameter });
  }
  return parsed.data;
}

const toFilters = (p: z.infer<typeof filterSchema>): ClaimFilters => ({
  query: p.q,
  kind: p.kind === '' ? undefined : p.kind,
  speaker: p.speaker,
  outlet: p.outlet,
  since: p.since,
  until: p.until,
  minOutlets: p.min_outlets,
  hasConflicts: p.has_conflicts,
  story: p.story,
});

/** A search request's filters and page options. @throws InputError */
export function parseSearch(query: URLSearchParams): { filters: ClaimFilters; options: SearchOptions } {
  const p = parse(searchSchema, query);
  return {
    filters: toFilters(p),
    options: { sort: p.sort === '' ? undefined : p.sort, limit: p.limit ?? 20, after: p.after ?? null },
  };
}

/** An export request. @throws InputError */
export function parseExport(query: URLSearchParams): ExportSpec {
  const p = parse(exportSchema, query);
  return { format: p.format, mentions: p.mentions ?? false, bom: p.bom ?? false, filters: toFilters(p) };
}

const storyLimitSchema = z.object({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').optional(),
});

/** How many claims a story page or `/api/stories/:id` lists (default 50). @throws InputError */
export const parseStoryLimit = (query: URLSearchParams): number => parse(storyLimitSchema, query).limit ?? 50;

/** A claim, speaker or story id from a path. @throws InputError (parameter `id`) for control characters or a length no id has. */
export function parseId(value: string): string {
  if (value.length > 200 || CONTROL.test(value)) {
    throw new InputError('bad path parameter id: must be an id such as c_0123456789abcdef', { parameter: 'id' });
  }
  return value;
}
