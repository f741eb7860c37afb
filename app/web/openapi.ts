// The OpenAPI 3.1 description of `claims serve`, written by hand: it documents what the routes in
// createWebApp.ts do, and test/integration/api.test.ts checks that every path in it answers.

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nullableInt = { type: ['integer', 'null'] } as const;

const filterParameters = [
  { name: 'q', in: 'query', description: 'Search words, web-search syntax: "exact phrase", -exclude, OR.', schema: str },
  { name: 'kind', in: 'query', schema: { type: 'string', enum: ['quote', 'statement', 'number'] } },
  { name: 'speaker', in: 'query', description: 'Part of the speaker name, or a misspelling of it (trigram similarity).', schema: str },
  { name: 'outlet', in: 'query', description: 'Only claims carried by this outlet (whole name, any case).', schema: str },
  { name: 'since', in: 'query', description: 'Claims last seen on or after this date.', schema: { type: 'string', format: 'date' } },
  { name: 'until', in: 'query', description: 'Claims first seen before this date.', schema: { type: 'string', format: 'date' } },
  { name: 'min_outlets', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1_000_000 } },
  { name: 'has_conflicts', in: 'query', description: '1: only claims with a conflicting variant; 0: only without.', schema: { type: 'string', enum: ['1', '0', 'true', 'false'] } },
  { name: 'story', in: 'query', description: 'Only claims carried by an article of this story (a story id).', schema: str },
];
const storyLimit = { name: 'limit', in: 'query', description: 'How many (default 50, at most 500).', schema: { type: 'integer', minimum: 1, maximum: 500 } };
const storySummary = { type: 'object', properties: { id: str, title: nullableStr, articleCount: int, outletCount: int, lastSeen: nullableStr } };

const error = {
  description: 'An error with a stable code',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const article = {
  type: 'object',
  properties: { url: str, title: nullableStr, outlet: nullableStr, published_at: nullableStr },
};

const claim = {
  type: 'object',
  required: ['id', 'kind', 'text', 'mention_count', 'article_count', 'outlet_count', 'articles'],
  properties: {
    id: str,
    kind: { type: 'string', enum: ['quote', 'statement', 'number'] },
    speaker: nullableStr,
    role: nullableStr,
    text: str,
    value: { type: ['number', 'null'] },
    unit: nullableStr,
    variants: { type: 'array', items: str },
    wordings: {
      type: 'array',
      items: {
        type: 'object',
        properties: { text: str, speakers: { type: 'array', items: str }, articles: { type: 'array', items: str }, kind: { type: 'string', enum: ['verbatim', 'reworded'] } },
      },
    },
    mention_count: int,
    article_count: int,
    outlet_count: int,
    articles: { type: 'array', items: article },
    conflicts: { type: 'array', items: { type: 'object', properties: { id: str, text: str, reason: str } } },
    first_seen: nullableStr,
    last_seen: nullableStr,
  },
};

/** The OpenAPI document served at /api/openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'claimdesk',
    version: '0.1.0',
    description:
      'Canonical claims (quotes, statements, figures) merged across outlets, with provenance. Read-only. ' +
      'When CLAIMS_API_TOKEN is set, every path but /healthz needs `Authorization: Bearer <token>`.',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            // parameter: the query or path parameter at fault, on a 400.
            properties: { code: str, message: str, parameter: str },
            required: ['code', 'message'],
          },
        },
      },
      Claim: claim,
      FacetCount: { type: 'object', properties: { value: str, count: int } },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    '/api/claims': {
      get: {
        summary: 'Search claims, with facets and keyset pagination',
        parameters: [
          ...filterParameters,
          { name: 'sort', in: 'query', schema: { type: 'string', enum: ['relevance', 'spread', 'recent'] }, description: 'Default: relevance with q (text rank of the 200 most widely carried matches, then the rest by spread), spread without.' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } },
          { name: 'after', in: 'query', description: 'The next_cursor of the previous page (same filters and sort).', schema: str },
        ],
        responses: {
          '200': {
            description: 'One page of claims',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    results: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Claim' }, { type: 'object', properties: { rank: { type: 'number' } } }] } },
                    next_cursor: nullableStr,
                    total: { type: 'integer', description: 'Matching claims, counted up to 1000.' },
                    total_capped: { type: 'boolean', description: 'More than 1000 match: facets count the first 1000 found.' },
                    facets: {
                      type: 'object',
                      properties: Object.fromEntries(['speaker', 'outlet', 'kind', 'day'].map((k) => [k, { type: 'array', items: { $ref: '#/components/schemas/FacetCount' } }])),
                    },
                  },
                },
              },
            },
          },
          '400': error,
          '401': error,
        },
      },
    },
    '/api/claims/{id}': {
      get: {
        summary: 'One claim: mentions with their articles and sentences, wordings, conflicts, timeline',
        description: 'An old id of a claim merged into another answers with that claim and `redirected_from`.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: {
          '200': {
            description: 'The claim',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { $ref: '#/components/schemas/Claim' },
                    {
                      type: 'object',
                      properties: {
                        redirected_from: nullableStr,
                        speaker_id: nullableStr,
                        mentions: { type: 'array', items: { type: 'object', properties: { id: str, text: str, speaker_raw: nullableStr, speaker_start: nullableInt, speaker_end: nullableInt, sentence: nullableStr, article: article } } },
                        timeline: { type: 'array', items: { type: 'object', properties: { outlet: str, first_at: nullableStr, first_url: str, first_title: nullableStr, article_count: int } } },
                      },
                    },
                  ],
                },
              },
            },
          },
          '404': error,
        },
      },
    },
    '/api/speakers/{id}': {
      get: {
        summary: 'A speaker, their aliases and every claim they made',
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: {
          '200': {
            description: 'The speaker',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { id: str, name: str, role: nullableStr, aliases: { type: 'array', items: str }, claim_count: int, claims: { type: 'array', items: { $ref: '#/components/schemas/Claim' } } },
                },
              },
            },
          },
          '404': error,
        },
      },
    },
    '/api/stories': {
      get: {
        summary: 'The stories (the articles that report one event), the most recent first',
        parameters: [storyLimit],
        responses: {
          '200': { description: 'Stories', content: { 'application/json': { schema: { type: 'object', properties: { stories: { type: 'array', items: storySummary } } } } } },
          '400': error,
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'A story: its articles, and its claims by spread within it, each with the outlets that carried it and the first',
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }, storyLimit],
        responses: {
          '200': { description: 'The story: id, title, articleCount, outletCount, firstSeen, lastSeen, articles, claims (articleCount, outletCount, outlets, firstOutlet, firstUrl, firstTitle, firstSeen), claimCount', content: { 'application/json': { schema: { type: 'object' } } } },
          '404': error,
        },
      },
    },
    '/api/export': {
      get: {
        summary: 'Stream every matching claim (or mention): CSV, JSON lines, or schema.org Claim JSON-LD',
        parameters: [
          ...filterParameters,
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'jsonl', 'claimreview'], default: 'csv' } },
          { name: 'mentions', in: 'query', description: '1: one row per mention (csv, jsonl), with where its attribution is printed (speaker_start, speaker_end).', schema: { type: 'string', enum: ['1', '0'] } },
          { name: 'bom', in: 'query', description: '1: start the CSV with a UTF-8 byte-order mark (Excel).', schema: { type: 'string', enum: ['1', '0'] } },
        ],
        responses: {
          '200': {
            description: 'The export, streamed',
            content: { 'text/csv': { schema: str }, 'application/x-ndjson': { schema: str }, 'application/ld+json': { schema: { type: 'object' } } },
          },
          '400': error,
        },
      },
    },
    '/api/feeds': {
      get: { summary: 'Feeds and their fetch health', responses: { '200': { description: 'The feeds', content: { 'application/json': { schema: { type: 'object' } } } } } },
    },
    '/api/status': {
      get: { summary: 'Counts, queues, failed jobs and backfills', responses: { '200': { description: 'The status', content: { 'application/json': { schema: { type: 'object' } } } } } },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    '/healthz': {
      get: {
        summary: 'Whether the database (and Redis, when configured) answer; needs no token',
        security: [],
        responses: {
          '200': { description: 'Healthy', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' }, database: str, redis: str } } } } },
          '503': { description: 'The database or Redis does not answer' },
        },
      },
    },
  },
} as const;
