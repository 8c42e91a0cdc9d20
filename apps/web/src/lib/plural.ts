/**
 * A count with its noun, singular for one: "1 duplicate", "2 duplicates", "1,200 rows".
 * `many` for nouns that take more than an "s" ("1 entry", "3 entries").
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
