import { z } from 'zod';
import { InputError } from '../../errors.ts';
import type { ClaimFilters } from '../../store/claimFilters.ts';
import { SEARCH_SORTS } from '../../store/search.ts';
import type { SearchOptions } from '../../store/search.ts';
import { EXPORT_FORMATS } from '../exportChunks.ts';
import type { ExportSpec } from '../exportChunks.ts';

const date = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date such as 2026-01-31')
  .optional();
const yesNo = z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', '']).transform((v) => (v === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(v)));
const text = (max: number) => z.string().max(max, `must be at most ${max} characters`).optional();

const filterSchema = z.object({
  q: text(1000),
  kind: z.enum(['quote', 'statement', 'number', '']).optional(),
  speaker: text(200),
  outlet: text(200),
  since: date,
  until: date,
  min_outlets: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').optional(),
  has_conflicts: yesNo.optional(),
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
    throw new InputError(`bad query parameter ${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid value'}`);
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
