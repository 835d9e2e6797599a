import type { ReactiveElement } from 'lit';

/** Every connected element that follows the document's `lang`, so that a change of it re-renders them all. */
const followers = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export function followDocumentLang(element: ReactiveElement): void {
  followers.add(element);
  observer ??= new MutationObserver(() => followers.forEach((follower) => follower.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

export function unfollowDocumentLang(element: ReactiveElement): void {
  followers.delete(element);
}
