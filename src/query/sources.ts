// Where a report comes from: an official government site, or a copy on a document-sharing or
// template site. Told from the source's web address alone: a host under gov.cn (or gov) is the
// government's own; any other address is a copy; a source that is no address (a file name, a note)
// cannot be told.
export const SOURCE_KINDS = ['unknown', 'official', 'copy'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The source as a link, when it is a web address. */
export function sourceUrl(source: string): URL | null {
  const text = source.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

export function sourceKind(source: string): SourceKind {
  const url = sourceUrl(source);
  if (!url) return 'unknown';
  return /(^|\.)gov(\.cn)?$/i.test(url.hostname) ? 'official' : 'copy';
}
