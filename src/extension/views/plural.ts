// Counted nouns in the words users read: "1 secret", "3 secrets", "no findings". Pure (unit-tested).

const IRREGULAR: Record<string, string> = { info: 'info', entry: 'entries', 'withdrawal call': 'withdrawal calls' };

/** The plural of a noun ("finding" → "findings", "entry" → "entries"). */
export function pluralOf(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** "1 secret", "3 secrets"; with `none`, 0 reads as that word ("no secrets"). */
export function plural(count: number, noun: string, none?: string): string {
  if (count === 0 && none !== undefined) return `${none} ${pluralOf(noun)}`;
  return `${count} ${count === 1 ? noun : pluralOf(noun)}`;
}
