/**
 * The language an element speaks: its own `lang`, else the closest ancestor's (crossing shadow roots), else the
 * document's, else the browser's first preference, else English.
 */
export function resolveLanguage(element: Element): string {
  for (let node: Node | null = element; node; node = parentAcrossShadow(node)) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
  }
  return globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? 'en';
}

/** `lang` as a locale `Intl` accepts, or English when the tag is malformed. */
export function toLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode) return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  return null;
}
