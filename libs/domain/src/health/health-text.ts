/** Small Danish text helpers shared by the rule families' messages. */

/** "A", "A og B", "A, B og C". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** »A«, »B« og »C« (at most `max` titles, then "og N flere"). */
export function quotedTitles(items: ReadonlyArray<{ title: string }>, max = 5): string {
  const quoted = items.map((item) => `»${item.title}«`);
  if (quoted.length <= max) return andList(quoted);
  return `${quoted.slice(0, max).join(', ')} og ${quoted.length - max} flere`;
}

/** YYYY-MM-DD as dd.mm.yyyy (da-DK). */
export const danishDate = (iso: string): string => iso.split('-').reverse().join('.');

const DANISH = new Intl.Collator('da');

/** Title order for stable messages: Danish collation (one collator, not one per comparison), id as the tie-break. */
export function byTitle<T extends { id: string; title: string }>(items: readonly T[]): T[] {
  return items.length < 2 ? [...items] : [...items].sort((a, b) => DANISH.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether free text says anything (null, empty and whitespace do not). */
export const hasText = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim().length > 0;
