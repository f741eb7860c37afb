/** An RSS channel's `<ttl>` (minutes it may be cached), or null; read from the raw body, before the first item. */
export function feedTtl(body: string): number | null {
  const head = body.slice(0, Math.max(0, body.search(/<item\b/i)) || 64 * 1024);
  const m = /<ttl\s*>\s*(\d{1,6})\s*<\/ttl\s*>/i.exec(head);
  return m ? Number(m[1]) : null;
}
