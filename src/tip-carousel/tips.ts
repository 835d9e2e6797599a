/** Choosing, ordering and checking tips: pure functions, no DOM. */
import { AUDIENCES, type Audience } from '../locales/schema.js';

export const TOPICS = ['privacy', 'passwords', 'kindness', 'misinformation', 'scams', 'wellbeing', 'help'] as const;

export type Topic = (typeof TOPICS)[number];

export interface Tip {
  /** Stable identifier; translations key a tip's words by it. */
  id: string;
  /** Who the tip is for; a partner's tip may leave it out (then it shows for every audience). */
  audience?: Audience;
  topic?: Topic;
  title: string;
  text: string;
}

/** The largest tips file a carousel reads: in bytes as it arrives, in characters once read. */
export const MAX_TIPS_FILE = 256 * 1024;

/** The tips for `audiences` and `topics` (all when empty); a tip without audience or topic matches any. */
export function filterTips(tips: readonly Tip[], audiences: readonly string[], topics: readonly string[]): Tip[] {
  return tips.filter(
    (tip) =>
      (!audiences.length || !tip.audience || audiences.includes(tip.audience)) &&
      (!topics.length || !tip.topic || topics.includes(tip.topic)),
  );
}

/** The index of the tip of the day: the same for every visitor on a calendar date, a different one the next day. */
export function tipOfTheDayIndex(date: string, count: number): number {
  let hash = 0;
  for (const char of date) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return count > 0 ? hash % count : 0;
}

/** A copy of `items` in random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Reads a partner's tips file: `{ "tips": [{ "title": "…", "text": "…", "id"?: "…", "audience"?: "…", "topic"?: "…" }]
 * }`.
 * Returns the tips, or a sentence saying what is wrong.
 */
export function parseTipsFile(text: string): Tip[] | string {
  if (text.length > MAX_TIPS_FILE) return `the file is larger than ${MAX_TIPS_FILE / 1024} KB`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'the file is not JSON';
  }
  const list = (data as { tips?: unknown } | null)?.tips;
  if (!Array.isArray(list) || list.length === 0) return 'expected { "tips": [ … ] } with at least one tip';
  const tips: Tip[] = [];
  for (const [index, item] of list.entries()) {
    const { id, title, text: body, audience, topic } = (item ?? {}) as Record<string, unknown>;
    const problem =
      typeof title !== 'string' || !title.trim()
        ? 'has no title'
        : typeof body !== 'string' || !body.trim()
          ? 'has no text'
          : id !== undefined && typeof id !== 'string'
            ? 'has an id that is not text'
            : audience !== undefined && !(AUDIENCES as readonly unknown[]).includes(audience)
              ? `has an unknown audience (${AUDIENCES.join(', ')})`
              : topic !== undefined && !(TOPICS as readonly unknown[]).includes(topic)
                ? `has an unknown topic (${TOPICS.join(', ')})`
                : undefined;
    if (problem) return `tip ${index + 1} ${problem}`;
    tips.push({
      id: (id as string | undefined) ?? `tip-${index + 1}`,
      title: (title as string).trim(),
      text: (body as string).trim(),
      audience: audience as Audience | undefined,
      topic: topic as Topic | undefined,
    });
  }
  return tips;
}
