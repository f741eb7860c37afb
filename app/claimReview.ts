import type { ClaimRecord } from '../store/claimRecords.ts';

/** The opening of the JSON-LD document; the claims follow, separated by commas, then JSONLD_CLOSE. */
export const JSONLD_OPEN = '{"@context":"https://schema.org","@graph":[\n';
export const JSONLD_CLOSE = '\n]}\n';

type Article = ClaimRecord['articles'][number];

const appearance = (a: Article) => ({
  '@type': 'CreativeWork',
  url: a.url,
  ...(a.title ? { headline: a.title } : {}),
  ...(a.published_at ? { datePublished: a.published_at } : {}),
  ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
});

/**
 * A canonical claim as a schema.org `Claim` (the thing a ClaimReview reviews): its text, author, every
 * appearance and the first one. claimdesk does not rate claims, so it writes no ClaimReview or
 * reviewRating: a fact-checker wraps a Claim in their own ClaimReview as its `itemReviewed`.
 */
export function toSchemaClaim(claim: ClaimRecord): Record<string, unknown> {
  const [first] = claim.articles;
  const author =
    claim.speaker === null
      ? undefined
      : { '@type': 'Person', name: claim.speaker, ...(claim.role ? { jobTitle: claim.role } : {}) };
  return {
    '@type': 'Claim',
    '@id': `urn:claimdesk:claim:${claim.id}`,
    identifier: claim.id,
    text: claim.text,
    ...(author ? { author } : {}),
    ...(claim.kind === 'number' && claim.value !== null
      ? { about: { '@type': 'QuantitativeValue', value: claim.value, ...(claim.unit ? { unitText: claim.unit } : {}) } }
      : {}),
    ...(claim.first_seen ? { dateCreated: claim.first_seen } : {}),
    ...(claim.variants.length > 1 ? { alternateName: claim.variants.filter((v) => v !== claim.text) } : {}),
    ...(first ? { firstAppearance: appearance(first) } : {}),
    appearance: claim.articles.map(appearance),
  };
}
