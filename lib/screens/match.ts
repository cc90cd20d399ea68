import { isVisible } from '../dom/visible';
import type { ScreenProfile } from './types';

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** Frame URL without its hash: tab switches in some DMS versions only touch the hash. */
export function comparableUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash >= 0 ? href.slice(0, hash) : href;
}

/** IIS paths are case-insensitive, so globs are too. */
export function urlMatches(profile: ScreenProfile, href: string): boolean {
  const url = comparableUrl(href);
  return profile.match.urls.some((glob) => globToRegExp(glob).test(url));
}

export function profilesForUrl<T extends ScreenProfile>(profiles: readonly T[], href: string): T[] {
  return profiles.filter((profile) => urlMatches(profile, href));
}

/** First element any selector finds, ignoring selectors that do not parse. */
export function queryFirst(
  root: ParentNode,
  selectors: readonly string[],
  visibleOnly = false,
): Element | null {
  for (const selector of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const el of found) if (!visibleOnly || isVisible(el)) return el;
  }
  return null;
}

/** The marker element when this document currently shows the profile's screen, else null. */
export function screenMarker(profile: ScreenProfile, doc: Document): Element | null {
  const marker = queryFirst(doc, profile.match.marker, true);
  if (!marker) return null;
  if (profile.match.activeTab?.length && !queryFirst(doc, profile.match.activeTab)) return null;
  return marker;
}

/** Where the fields live: the scope container, else the marker. */
export function fieldScope(profile: ScreenProfile, doc: Document, marker: Element): ParentNode {
  if (profile.match.scope?.length) return queryFirst(doc, profile.match.scope, true) ?? marker;
  return marker;
}
