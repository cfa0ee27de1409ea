// Kept apart from the client, with nothing to import: every page reads its relay's address at start, and only
// a page that has one loads the client (src/deck/start.ts).

/** Name of the `<meta>` tag whose `content` is the relay's base URL (absolute, or relative to the page). */
export const RELAY_META_NAME = 'live-relay';

/**
 * The relay's base URL from the page's `<meta name="live-relay">`, or null when the page has none (a static host
 * without a relay, the offline file) or it is not an http(s) URL. Resolved against the page, so `/` means this origin.
 */
export function readRelayUrl(doc: Document = document): URL | null {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${RELAY_META_NAME}"]`)?.content.trim();
  if (!content) return null;
  try {
    const url = new URL(content, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
