import type { Example } from '../../src/engine';

/** An example with its ⟦ ⟧ markers removed and the marked spans as offsets. */
export interface ParsedExample {
  text: string;
  path?: string;
  spans: Array<[number, number]>;
}

/** Strips ⟦ ⟧ markers from an example and records where they were. */
export function parseExample(example: string | Example): ParsedExample {
  const raw = typeof example === 'string' ? example : example.text;
  const path = typeof example === 'string' ? undefined : example.path;
  let text = '';
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (const ch of raw) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, path, spans };
}
