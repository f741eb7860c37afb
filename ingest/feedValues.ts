/** Small, forgiving readers for the values feeds carry: text nodes, dates, links. */
import { canonicalizeUrl } from './canonicalizeUrl.ts';

/**
 * The text of an xml2js node (a string, `{ _: text }`, or an array of those), trimmed;
 * null when it is empty or only attributes. Throws nothing.
 */
export function textOf(node: unknown): string | null {
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string') return nonEmpty(node);
  if (typeof node === 'number') return String(node);
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record._ === 'string') return nonEmpty(record._);
    // Markup children (an xhtml title, say): join their text so the value is not lost.
    const parts = Object.entries(record)
      .filter(([key]) => key !== '$')
      .map(([, value]) => textOf(value))
      .filter((part): part is string => part !== null);
    return parts.length === 0 ? null : parts.join(' ');
  }
  return null;
}

/** An attribute of an xml2js node (`{ $: { name } }`, or the first of an array of them). */
export function attributeOf(node: unknown, name: string): string | null {
  const first: unknown = Array.isArray(node) ? node[0] : node;
  if (first === null || typeof first !== 'object') return null;
  const attributes = (first as { $?: Record<string, unknown> }).$;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : null;
}

/** ISO 8601 for any date `Date` can read, else null: a bad date is dropped, not fatal. */
export function isoDate(...candidates: unknown[]): string | null {
  for (const candidate of candidates) {
    const text = textOf(candidate);
    if (text === null) continue;
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return null;
}

/** Resolves `href` against `base` and canonicalises it; null unless the result is http(s). */
export function resolveLink(href: string | null, base: string): string | null {
  if (href === null) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  let absolute: URL;
  try {
    absolute = new URL(trimmed, base);
  } catch {
    try {
      absolute = new URL(trimmed);
    } catch {
      return null;
    }
  }
  if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return null;
  return canonicalizeUrl(absolute.href);
}

function nonEmpty(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
