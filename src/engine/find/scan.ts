// Matching: every planned pattern of every detector over one text, then each match made a finding.
import type { Detector, MatchContext, PatternSpec, Validator } from '../defineDetector';
import { fileKindOf, isLockfile, looksBinary } from '../text/fileKind';
import type { PathConstant, ScanOptions, ScanResult } from '../types';
import { planFor, type PlannedPattern } from './scanPlan';
import { acceptsName } from '../judge/nameTest';
import { DEFAULT_MAX_WINDOW, ScanState, type ScanLimit, type ScanNotes } from './scanState';
import { finishMatches, stageScope, type Match } from '../findings/pipeline';
import { makeFinding, PatternFindings } from './makeFinding';
import { WRAPPER_CALL_SPEC, withdrawWrapperCall, wrapperCalls, wrapperMessage } from '../detectors/withdraw/wrapperCalls';
import { releaseTextMemos } from '../judge/textMemo';
import { withdrawPathSent } from '../detectors/withdraw/constants';
import { constantMap, indexedUses, linkedUseMessage, postedDefinitionMessage, postedDefinitions } from '../detectors/withdraw/indexedPaths';

/**
 * Scans one text with the given detectors and returns masked, de-duplicated, sorted findings; with a limit, only
 * the keyword windows in its range (the editor's incremental rescan, find/incremental.ts), which also asks for notes.
 */
export function scanWith(detectors: readonly Detector[], text: string, options: ScanOptions = {}, limit?: ScanLimit, notes?: ScanNotes): ScanResult {
  // Per-text memos end with the scan, so none keeps the file's text (its secrets) alive after it.
  try {
    return scanOnce(detectors, text, options, limit, notes);
  } finally {
    releaseTextMemos();
  }
}

/** scanWith, with the memos still held. */
function scanOnce(detectors: readonly Detector[], text: string, options: ScanOptions, limit?: ScanLimit, notes?: ScanNotes): ScanResult {
  const path = (options.path ?? '').replace(/\\/g, '/');
  if (path && isLockfile(path)) return { findings: [], skipped: 'lockfile' };
  if (looksBinary(text)) return { findings: [], skipped: 'binary' };
  const kind = fileKindOf(path);
  const plan = planFor(detectors);
  const state = new ScanState(text, path, kind, options.maxWindow ?? DEFAULT_MAX_WINDOW, plan, limit);
  // No set per file when nothing is disabled (the usual case).
  const disabled = options.disabledCategories?.length ? new Set(options.disabledCategories) : undefined;
  const matches: Match[] = [];
  // Other files' path constants, by the names this text writes (crossfile/pathConstants.ts).
  const constants = options.pathConstants?.length ? constantMap(text, options.pathConstants) : undefined;

  // Only the patterns one of the text's keywords gates (or none) that run on the file's kind: most of the ~600 never
  // apply to a given file. Their values become findings once every pattern has run (see PatternFindings).
  const passed: Array<{ found: PatternFindings; d: Detector; order: number }> = [];
  for (const i of state.gatedPatterns()) {
    const { pp, detector: d, order } = plan.flat[i];
    if (disabled?.has(d.category)) continue;
    if (pp.path && !pp.path(path)) continue;
    const found = matchPattern(state, d, pp, constants);
    if (found) passed.push({ found, d, order });
  }
  for (const { found, d, order } of passed) {
    // Indexed: a file of thousands of findings made an iterator result each before this loop was optimized.
    for (let j = 0; j < found.count; j++) {
      const finding = found.finding(state.lines, j);
      // The words that name the finding's exchange: its detector's file words, or the exchange it was given.
      const words = finding.exchange ? [...(d.exchange ? d.keywords : []), finding.exchange.toLowerCase()] : undefined;
      matches.push({ finding, detector: d, order, words });
    }
  }
  // Calls of other files' fund movers, when the caller knows the workspace (crossfile/fundMovers.ts). An editor's
  // region rescan leaves them out: the editor adds them over the whole text (crossfile/wrapperPass.ts).
  if (options.movers?.length && !limit && !disabled?.has('withdraw') && detectors.includes(withdrawWrapperCall)) {
    // Its place in the list decides a shared span, as every detector's does (rules after it yield to it).
    const order = detectors.indexOf(withdrawWrapperCall);
    for (const call of wrapperCalls(text, kind, options.movers)) {
      const finding = makeFinding(state.lines, withdrawWrapperCall, WRAPPER_CALL_SPEC, text.slice(call.start, call.end), call.start, call.end, undefined, call.mover.name);
      finding.severity = call.severity;
      finding.message = wrapperMessage(call.mover);
      matches.push({ finding, detector: withdrawWrapperCall, order });
    }
  }
  // Uses and definitions of path constants linked across files; like mover calls, a region rescan leaves them out.
  if ((constants || options.postedConstants?.length) && !limit && !disabled?.has('withdraw')) matches.push(...linkedPathMatches(state, detectors, constants, options.postedConstants));
  // Most files have no match: no line index, path context or pipeline for them.
  if (matches.length === 0) return { findings: [] };
  // Suppressions, severities, the context downgrade and dedupe are the findings pipeline's (findings/pipeline.ts).
  const distance = notes ? { distanceTo: (words: readonly string[], start: number) => (notes.contested.push(start), state.distanceTo(words, start)) } : state;
  return { findings: finishMatches(matches, stageScope({ text, path, kind, lines: state.lines, options, distance })) };
}

/**
 * Runs one pattern of a detector that a keyword of the text gates: after the file's assignments, or over its keyword
 * windows. The values that pass its checks, undefined when none does.
 */
function matchPattern(state: ScanState, d: Detector, pp: PlannedPattern, pathConstants?: ReadonlyMap<string, PathConstant>): PatternFindings | undefined {
  const p = pp.spec;
  // One of the pattern's keywords occurs (ScanState.gatedPatterns); the file words must too.
  if (!state.holdsFileWords(pp)) return undefined;
  // No context, closure or list for a pattern without a candidate (the common case).
  if (!state.mayHit(pp)) return undefined;
  const { text } = state;
  // One context per pattern, moved from value to value: validators read it during their call and keep nothing.
  const ctx = { text, start: 0, end: 0, path: state.path, kind: state.kind, pathConstants };
  // From the planned pattern, once: see PlannedPattern.
  const { afterAssign, name: nameTest, notName, validate, requires, detectorValidate } = pp;
  // Made at the first value that passes.
  let found: PatternFindings | undefined;
  const visit = (start: number, end: number, name: string | undefined, ex: string | undefined): void => {
    // Assignment hits come from names the classifier already accepted.
    if (!afterAssign) {
      if (nameTest && !(name && acceptsName(p, name))) return;
      if (!nameTest && notName && name && notName.test(name)) return;
    }
    const value = text.slice(start, end);
    ctx.start = start;
    ctx.end = end;
    if (detectorValidate && !passes(detectorValidate, value, ctx)) return;
    if (validate && !passes(validate, value, ctx)) return;
    const req = state.meets(requires, start, end);
    if (!req.ok) return;
    // The file's own exchange (the receiver's ccxt constructor, the SDK import) outranks a table's guess: SDKs of
    // different exchanges share method names (`submitWithdraw` is OKX's, KuCoin's and Bitget's).
    found ??= new PatternFindings(text, d, p);
    found.add(start, end, ex ?? req.ex ?? p.exchangeOf?.(value), name);
  };
  if (afterAssign) state.eachAssignedHit(pp, visit);
  else state.eachRegexHit(pp, visit);
  return found;
}

/** The rule that reports a withdrawal path and its uses; the spec of its findings from the path index (no regex of its own). */
const REST_ENDPOINT = 'withdraw/rest-endpoint';
const LINKED_SPEC: PatternSpec = { re: /(?:)/dg };

/**
 * Uses of other files' path constants the rest-endpoint rule keeps (its validators, then a same-file constant's
 * judgement, withdraw/constants.ts), and the text's own definitions that other files post.
 */
function linkedPathMatches(state: ScanState, detectors: readonly Detector[], constants: ReadonlyMap<string, PathConstant> | undefined, posted: readonly PathConstant[] = []): Match[] {
  const order = detectors.findIndex((d) => d.id === REST_ENDPOINT);
  if (order === -1) return [];
  const d = detectors[order];
  const out: Match[] = [];
  for (const u of constants ? indexedUses(state.text, state.kind, constants) : []) {
    const ctx = { text: state.text, start: u.start, end: u.end, path: state.path, kind: state.kind, pathConstants: constants };
    if ((d.validate && !passes(d.validate, u.name, ctx)) || !withdrawPathSent.test(u.name, ctx)) continue;
    const finding = makeFinding(state.lines, d, LINKED_SPEC, u.name, u.start, u.end, undefined, u.name);
    finding.message = linkedUseMessage(u.name, u.constant);
    out.push({ finding, detector: d, order });
  }
  for (const s of postedDefinitions(state.text, posted)) {
    const finding = makeFinding(state.lines, d, LINKED_SPEC, s.constant.path, s.start, s.end, undefined, s.constant.name);
    finding.message = postedDefinitionMessage(s.constant);
    out.push({ finding, detector: d, order });
  }
  return out;
}

/** True when every validator accepts the value, tried in order (a loop: no closure per value). */
function passes(validators: readonly Validator[], value: string, ctx: MatchContext): boolean {
  for (let i = 0; i < validators.length; i++) if (!validators[i].test(value, ctx)) return false;
  return true;
}
