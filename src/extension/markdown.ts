/**
 * Markdown for hover cards, built from document text that must be treated as untrusted: every
 * piece of it is escaped, and links only ever point at our own commands with JSON arguments that
 * we encode ourselves.
 */

/** Escapes text so Markdown shows it literally: no emphasis, links, HTML or command URIs. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~"'&:=$%^]/g, (ch) => `\\${ch}`)
    .replace(/\r?\n/g, ' ');
}

/** A `command:` link to one of our commands; `args` are JSON-encoded and URI-escaped. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
