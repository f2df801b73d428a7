// The arguments of a call, split at its top-level commas: the on-chain judges read destinations and amounts from them.

/** The arguments of the call whose `(` is at `open`, split at top-level commas (at most 800 characters read). */
export function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  let quote = '';
  for (let i = open; i < Math.min(text.length, open + 800); i++) {
    const c = text[i];
    if (quote) { if (c === quote && text[i - 1] !== '\\') quote = ''; continue; }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) { args.push(text.slice(from, i).trim()); return args.filter(Boolean); }
    } else if (c === ',' && depth === 1) { args.push(text.slice(from, i).trim()); from = i + 1; }
  }
  return args.filter(Boolean);
}
