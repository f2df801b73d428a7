// The arguments of a call, split at its top-level commas: the on-chain judges read destinations and amounts from them.

/** Where the bracket opened at `open` closes (the index of its closer, strings skipped; -1 past `max` characters); `onComma` sees each top-level comma. */
function closeIndex(text: string, open: number, onComma?: (at: number) => void, max = 800): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < Math.min(text.length, open + max); i++) {
    const c = text[i];
    if (quote) { if (c === quote && text[i - 1] !== '\\') quote = ''; continue; }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { if (--depth === 0) return i; }
    else if (c === ',' && depth === 1) onComma?.(i);
  }
  return -1;
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas (at most 800 characters read). */
export function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let from = open + 1;
  const close = closeIndex(text, open, (at) => { args.push(text.slice(from, at).trim()); from = at + 1; });
  if (close !== -1) args.push(text.slice(from, close).trim());
  return args.filter(Boolean);
}

/** The index just after the `)` that closes the call opened at `open` (strings skipped), or -1. */
export function callEnd(text: string, open: number): number {
  const close = closeIndex(text, open);
  return close === -1 ? -1 : close + 1;
}

/** The index of the bracket that closes the one at `open` (strings skipped), or -1 within `max` characters. */
export function closingBracket(text: string, open: number, max: number): number {
  return closeIndex(text, open, undefined, max);
}
