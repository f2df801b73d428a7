// Detector messages and advice are templates (`{exchange}`, `{masked}`, `{name}`) filled once per finding: a
// file of thousands of findings split each template once instead of running three global replaces per finding.

const PLACEHOLDER = /\{(exchange|masked|name)\}/g;
const SLOT = { exchange: 0, masked: 1, name: 2 } as const;
/** A template as literal text and slot numbers; null when a literal holds a `{` (filled by replace instead). */
type Parts = Array<string | 0 | 1 | 2> | null;
const compiled = new Map<string, Parts>();
const hasExchange = new Map<string, boolean>();

function compile(template: string): Parts {
  const parts: Array<string | 0 | 1 | 2> = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), SLOT[m[1] as keyof typeof SLOT]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  // A `{` outside the placeholders could join a filled value into a placeholder the chained replaces would fill.
  return parts.some((p) => typeof p === 'string' && p.includes('{')) ? null : parts;
}

/** True when a value could change what a chained replace does: `$` patterns, or a `{` that opens a placeholder. */
function special(s: string): boolean {
  return s.includes('$') || s.includes('{');
}

/**
 * The template with `{exchange}`, then `{masked}`, then `{name}` replaced, exactly as three chained global
 * replaces with these strings do (which read `$&` and friends in a value: those values take that path).
 */
export function fillMessage(template: string, exchange: string, masked: string, name: string): string {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = compile(template)));
  if (parts === null || special(exchange) || special(masked) || special(name)) {
    return template.replace(/\{exchange\}/g, exchange).replace(/\{masked\}/g, masked).replace(/\{name\}/g, name);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out += p === 0 ? exchange : p === 1 ? masked : p === 2 ? name : p;
  }
  return out;
}

/** The template with `{exchange}` replaced (a global replace); templates without one are returned as they are. */
export function fillExchange(template: string, exchange: string): string {
  let has = hasExchange.get(template);
  if (has === undefined) hasExchange.set(template, (has = template.includes('{exchange}')));
  return has ? template.replace(/\{exchange\}/g, exchange) : template;
}

/**
 * A template with `{exchange}` and `{name}` filled and `{masked}` left open: the text between its masked slots
 * (`fillMasked` joins them around a masked value), or null when the chained replaces could differ (a `{` or `$` in a
 * value, a literal `{`): fillMessage then fills each value's message. Every value assigned to one name shares it.
 */
export function maskedSlots(template: string, exchange: string, name: string): readonly string[] | null {
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = compile(template)));
  if (parts === null || special(exchange) || special(name)) return null;
  const slots: string[] = [];
  let run = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === 1) {
      slots.push(run);
      run = '';
    } else run += p === 0 ? exchange : p === 2 ? name : p;
  }
  slots.push(run);
  return slots;
}

/** The message of maskedSlots' slots with `masked` between them: what fillMessage gives when `masked` is not special. */
export function fillMasked(slots: readonly string[], masked: string): string {
  let out = slots[0];
  for (let i = 1; i < slots.length; i++) out += masked + slots[i];
  return out;
}

/** True when fillMasked may fill a masked value (else fillMessage must: see special). */
export function plainMasked(masked: string): boolean {
  return !special(masked);
}
