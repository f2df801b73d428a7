/** "1 secret", "2 secrets": a count with its noun (regular plurals, or the plural given). */
export function plural(count: number, noun: string, nounPlural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nounPlural}`;
}
