// Documentation in code: a value given as a schema's or model field's example.
import { TextMemo } from './textMemo';

// A value given as a schema's example: a keyword argument or key named `example(s)` right after `(`, `,` or `{`
// (pydantic `Field(examples=["…"])`, `@Schema(example = "…")`, OpenAPI `"example": "…"`), the value its first item.
const SCHEMA_EXAMPLE = /[(,{][ \t\r\n]*["']?examples?["']?[ \t]*[=:][ \t]*(?:\[[ \t\r\n]*)?["'`]$/;

/** True when the value at this offset is a schema or model field's documented example (documentation in code). */
export function inSchemaExample(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 120);
  // The regex needs a quote just before the value and `example` in the 120 characters: every secret finding asks,
  // and most values have no such word before them (no slice, no regex run then).
  const c = text.charCodeAt(offset - 1);
  if ((c !== 34 && c !== 39 && c !== 96) || lastExampleEndingBy(text, offset) < from) return false;
  return SCHEMA_EXAMPLE.test(text.slice(from, offset));
}

const EXAMPLE_WORDS = new TextMemo<number[]>();

/** Offset of the last `example` that ends at or before `offset`, -1 when none: the text's are found once per text. */
function lastExampleEndingBy(text: string, offset: number): number {
  let at = EXAMPLE_WORDS.peek(text, 'example');
  if (!at) {
    const found: number[] = [];
    for (let i = text.indexOf('example'); i !== -1; i = text.indexOf('example', i + 1)) found.push(i);
    at = EXAMPLE_WORDS.get(text, 'example', () => found);
  }
  // The last start at or before offset - 7 (binary search: starts ascend).
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= offset - 7) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : at[lo - 1];
}
