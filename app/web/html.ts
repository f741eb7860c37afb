/** HTML that is already safe to send: markup we wrote, with every interpolated value escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const render = (value: unknown): string => {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
};

/**
 * A template tag: the literal parts are markup, every `${value}` is escaped unless it is SafeHtml (or an
 * array of them), so that no stored text can become markup.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** A URL fit for an href: http(s) only (no javascript: or data: links from ingested data), else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** A link out to an article (new tab, no referrer), or the URL as text when it is not http(s). */
export const linkOut = (url: string, text: string = url): SafeHtml => {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${text}</a>` : html`<span class="url">${text}</span>`;
};
