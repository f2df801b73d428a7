// Same-file layers of fund movers: a PHP trait's `handleWithdrawal($id)` calls `$this->handleBankWithdrawal(…)` a few
// lines down, where the payout is; a bot's `process_pending()` calls its own `send_payment()`. The cross-file index
// links only calls between files, so the outer function of such a pair was never a mover and the files calling it
// (a job, an admin controller) were not linked. Here a function that calls a mover of its own file becomes one too,
// for the index only: the call inside the file is the same withdrawal a layer up, not a new finding.
import { inComment, inString } from '../judge/codeContext';
import { enclosingSpan, headName, type FunctionSpan } from '../judge/functionSpans';
import type { FileKind, Severity } from '../types';
import { lineEndWithin, lineStartWithin } from '../text/linesAbove';

/** A mover site as fundMovers.ts keeps it (declared here so that the two files do not import each other). */
export interface LocalSite {
  name: string;
  line: number;
  severity: Severity;
  calls?: string;
}

/** How many same-file layers are followed (a command calls a handler that calls the sender). */
const LOCAL_LAYERS = 2;

/** A function called from more functions of its file than this is plumbing (a request signer every verb calls). */
const MAX_CALLERS = 2;

/**
 * Sites for the functions that call a seed's function from elsewhere in the same file (same severity, same `calls`),
 * up to LOCAL_LAYERS; `eligible` says which callers' names may be movers. A function many others call is skipped.
 */
export function localCallers(text: string, kind: FileKind, spans: readonly FunctionSpan[], seeds: readonly LocalSite[], eligible: (name: string) => boolean): LocalSite[] {
  const out: LocalSite[] = [];
  const seen = new Set(seeds.map((s) => s.name));
  let layer: readonly LocalSite[] = seeds;
  for (let depth = 0; depth < LOCAL_LAYERS && layer.length > 0; depth++) {
    const byName = new Map(layer.map((s) => [s.name, s]));
    const re = new RegExp(String.raw`(?<![\w$])(${[...byName.keys()].map((n) => n.replace(/\$/g, '\\$')).join('|')})[ \t]*\(`, 'g');
    const callers = new Map<string, FunctionSpan[]>();
    for (const m of text.matchAll(re)) {
      if (headName(text.slice(lineStartWithin(text, m.index), lineEndWithin(text, m.index))) === m[1]) continue;
      const fn = enclosingSpan(spans, m.index);
      if (!fn || fn.name === m[1] || inComment(text, m.index, kind) || inString(text, m.index)) continue;
      const list = callers.get(m[1]) ?? callers.set(m[1], []).get(m[1])!;
      if (!list.includes(fn)) list.push(fn);
    }
    const next: LocalSite[] = [];
    for (const [name, fns] of callers) {
      if (fns.length > MAX_CALLERS) continue;
      const callee = byName.get(name)!;
      for (const fn of fns) {
        if (seen.has(fn.name) || !eligible(fn.name)) continue;
        seen.add(fn.name);
        next.push({ name: fn.name, line: fn.line, severity: callee.severity, ...(callee.calls !== undefined ? { calls: callee.calls } : {}) });
      }
    }
    out.push(...next);
    layer = next;
  }
  return out;
}
