// A detector list compiled once for scanning: the keyword table, the name classifier of the assignment
// patterns, and per pattern the keyword ids and cache slots. Building keys from strings at every scan
// cost ~40 µs per file, which dominated workspaces of small files.
import type { Detector, PatternSpec, Requirement, Validator } from '../defineDetector';
import type { FileKind } from '../types';
import { KeywordTable } from './keywordTable';
import { NameClassifier } from './nameClassifier';
import { spanRegexOf, type SpanRegex } from './valueSpan';
import { requiredChars } from './requiredChars';

/** A pattern with what the scanner needs precomputed. */
export interface PlannedPattern {
  readonly spec: PatternSpec;
  /** Table ids of the keywords whose lines the regex runs on. */
  readonly keywordIds: readonly number[];
  /** Table ids of `requires.fileContains`, when present. */
  readonly fileIds?: readonly number[];
  /** Patterns with the same `fileIds` share a slot (-1: none): a scan asks once per list, not once per pattern. */
  readonly fileSlot: number;
  /**
   * The spec's fields the scan reads on every run, copied (and the detector's validators): planned patterns have one
   * shape, specs and detectors hundreds, which made each of these reads a slow megamorphic look-up.
   */
  readonly re: RegExp;
  readonly afterAssign?: RegExp;
  readonly valueGroup?: string;
  readonly name?: RegExp;
  readonly notName?: RegExp;
  readonly requires?: Requirement;
  readonly path?: (path: string) => boolean;
  readonly validate?: readonly Validator[];
  readonly detectorValidate?: readonly Validator[];
  readonly linesBefore: number;
  readonly linesAfter: number;
  /** Patterns with the same keywords and context lines share keyword windows. */
  readonly windowSlot: number;
  /** Patterns with the same regex and windows share one regex run. */
  readonly matchSlot: number;
  /** An assignment pattern's position in the name classifier (`names.indexOf`), -1 for others: no look-up per file. */
  readonly nameSlot: number;
  /** An assignment pattern's index-free value regex (find/valueSpan.ts), when its shape has one. */
  readonly fastValue?: SpanRegex;
  /**
   * PatternSpec.needs: its words and their table ids (lowercased), and its one-character literals; absent when it has
   * none (or a word the keyword search thins, which could hide an occurrence).
   */
  readonly needIds?: readonly number[];
  readonly needWords?: readonly string[];
  readonly needChars?: readonly string[];
  /** Character sets of which a window must hold one each to hold a match (find/requiredChars.ts); absent when none is certain. */
  readonly needSets?: ReadonlyArray<readonly number[]>;
}

/** Everything a scan with one detector list needs, compiled once. */
export interface ScanPlan {
  readonly table: KeywordTable;
  readonly names: NameClassifier;
  readonly windowSlots: number;
  readonly matchSlots: number;
  readonly fileSlots: number;
  /** Planned patterns per detector, in the detector's order. */
  readonly patterns: ReadonlyMap<Detector, readonly PlannedPattern[]>;
  /** The name-assignment patterns (`afterAssign`), whose sites are found together. */
  readonly assignPatterns: readonly PlannedPattern[];
  /** Every pattern in scan order (detector by detector), with its detector and the detector's position. */
  readonly flat: readonly FlatPattern[];
  /** Per keyword id, the `flat` indices of the patterns that run on that keyword's lines. */
  readonly byKeyword: ReadonlyArray<readonly number[]>;
  /** The `flat` indices of the patterns without keywords: they run on every text. */
  readonly ungated: readonly number[];
  /** The part that runs on each file kind, compiled on first use (kindPlan). */
  readonly kinds: Map<FileKind, KindPlan>;
}

/**
 * The patterns of a plan that can run on one file kind (their detector's and their own `files` allow it): a file
 * then visits only those, instead of asking ~600 times per file whether a pattern runs on its kind.
 */
export interface KindPlan {
  /**
   * Per keyword id, the `flat` indices of this kind's patterns that keyword gates, grouped by their file words
   * (`fileSlot`): a text lacking a slot's words skips its patterns at once (`key` gates 157 patterns, most of them
   * an exchange's, which need the exchange named in the file).
   */
  readonly byKeyword: ReadonlyArray<readonly SlotGroup[]>;
  /** One mark per `flat` index, reused by every scan of this kind (find/gatedPatterns.ts clears what it sets). */
  readonly marks: Uint8Array;
  /** This kind's patterns without keywords. */
  readonly ungated: readonly number[];
  /** The assignment patterns whose own `files` allow the kind, in `assignPatterns` order (the sites' scope). */
  readonly assignPatterns: readonly PlannedPattern[];
  /** Each of those patterns' position in the name classifier (`names.indexOf`). */
  readonly assignIndex: readonly number[];
  /**
   * The keyword ids of those patterns, each once, in the order they first appear, and per id the positions (in
   * `assignPatterns`) of the patterns it gates: a file's assignment windows then visit ~90 ids, not ~770 pairs.
   */
  readonly assignKeywordIds: readonly number[];
  readonly assignUsers: ReadonlyArray<readonly number[]>;
}

/** Patterns that share file words: their `fileSlot` (-1: none), those words' table ids, their `flat` indices ascending. */
export interface SlotGroup {
  readonly slot: number;
  readonly fileIds?: readonly number[];
  readonly patterns: readonly number[];
}

/** A planned pattern with its detector, as the scan loop visits it. */
export interface FlatPattern {
  readonly pp: PlannedPattern;
  readonly detector: Detector;
  readonly order: number;
}

const plans = new WeakMap<readonly Detector[], ScanPlan>();

/** The scan plan of a detector list, compiled on first use. */
export function planFor(detectors: readonly Detector[]): ScanPlan {
  let plan = plans.get(detectors);
  if (!plan) {
    plan = compile(detectors);
    plans.set(detectors, plan);
  }
  return plan;
}

/** Compiles a detector list: keyword table, name classifier, slot numbers. */
function compile(detectors: readonly Detector[]): ScanPlan {
  const words = detectors.flatMap((d) => [...d.keywords, ...d.patterns.flatMap((p) => [...(p.keywords ?? []), ...(p.requires?.fileContains ?? []), ...(p.needs ?? []).filter((w) => w.length > 1).map((w) => w.toLowerCase())])]);
  // Keywords only: a per-pattern "required word" window skip (find/requiredWord.ts, removed) added ~50 words such as
  // `api`, `env`, `with`, half again as many hits to record, and cost more than the windows it skipped.
  const table = new KeywordTable(words);
  const names = new NameClassifier(detectors.flatMap((d) => d.patterns.filter((p) => p.afterAssign)));
  const windowSlots = new Map<string, number>();
  const matchSlots = new Map<string, number>();
  const fileSlots = new Map<string, number>();
  const patterns = new Map<Detector, PlannedPattern[]>();
  for (const d of detectors) {
    patterns.set(d, d.patterns.map((p) => {
      const keywords = p.keywords ?? d.keywords;
      const linesBefore = p.linesBefore ?? 0;
      const linesAfter = p.linesAfter ?? 0;
      const windowKey = `${linesBefore}:${linesAfter}:${keywords.join('\0')}`;
      if (!windowSlots.has(windowKey)) windowSlots.set(windowKey, windowSlots.size);
      const matchKey = `${p.re.source}/${p.re.flags}|${windowKey}|${p.needs?.join('\0') ?? ''}`;
      const needWords = p.needs?.filter((w) => w.length > 1);
      const needIds = needWords?.map((w) => table.idOf(w.toLowerCase()));
      const needsUsable = needIds !== undefined && !needIds.some((id) => table.thinned(id));
      if (!matchSlots.has(matchKey)) matchSlots.set(matchKey, matchSlots.size);
      const fileIds = p.requires?.fileContains?.map((k) => table.idOf(k));
      const fileKey = fileIds?.join(',');
      if (fileKey !== undefined && !fileSlots.has(fileKey)) fileSlots.set(fileKey, fileSlots.size);
      return {
        spec: p,
        keywordIds: keywords.map((k) => table.idOf(k)),
        fileIds,
        fileSlot: fileKey === undefined ? -1 : fileSlots.get(fileKey)!,
        re: p.re,
        afterAssign: p.afterAssign,
        valueGroup: p.valueGroup,
        name: p.name,
        notName: p.notName,
        requires: p.requires,
        path: p.path,
        validate: p.validate,
        detectorValidate: d.validate,
        linesBefore,
        linesAfter,
        windowSlot: windowSlots.get(windowKey)!,
        matchSlot: matchSlots.get(matchKey)!,
        nameSlot: p.afterAssign ? names.indexOf(p) : -1,
        fastValue: p.afterAssign ? spanRegexOf(p.afterAssign) : undefined,
        needIds: needsUsable ? needIds : undefined,
        needWords: needsUsable ? needWords : undefined,
        needChars: needsUsable ? p.needs!.filter((w) => w.length === 1) : undefined,
        // Assignment patterns run after their sites, not over windows.
        needSets: p.afterAssign ? undefined : requiredChars(p.re)?.map((set) => set.map((c) => c.charCodeAt(0))),
      };
    }));
  }
  const assignPatterns = [...patterns.values()].flat().filter((pp) => pp.spec.afterAssign);
  // Keyword -> patterns: a text then visits only the patterns one of its keywords gates (a dozen of ~400
  // keywords occur in a typical file), instead of asking every pattern whether its keywords occur.
  const flat = detectors.flatMap((detector, order) => (patterns.get(detector) ?? []).map((pp) => ({ pp, detector, order })));
  const byKeyword: number[][] = Array.from({ length: table.size }, () => []);
  const ungated: number[] = [];
  flat.forEach(({ pp }, i) => {
    if (pp.keywordIds.length === 0) ungated.push(i);
    for (const id of new Set(pp.keywordIds)) byKeyword[id].push(i);
  });
  return { table, names, windowSlots: windowSlots.size, matchSlots: matchSlots.size, fileSlots: fileSlots.size, patterns, assignPatterns, flat, byKeyword, ungated, kinds: new Map() };
}

/** The part of a plan that runs on files of one kind, compiled on first use. */
export function kindPlan(plan: ScanPlan, kind: FileKind): KindPlan {
  let k = plan.kinds.get(kind);
  if (!k) {
    const runs = (i: number): boolean => {
      const { pp, detector } = plan.flat[i];
      return (!detector.files || detector.files.includes(kind)) && (!pp.spec.files || pp.spec.files.includes(kind));
    };
    const assignPatterns = plan.assignPatterns.filter((pp) => !pp.spec.files || pp.spec.files.includes(kind));
    const users = new Map<number, number[]>();
    assignPatterns.forEach((pp, i) => {
      for (const id of pp.keywordIds) {
        const list = users.get(id) ?? [];
        if (!list.includes(i)) list.push(i);
        users.set(id, list);
      }
    });
    k = {
      byKeyword: plan.byKeyword.map((list) => slotGroups(plan, list.filter(runs))),
      marks: new Uint8Array(plan.flat.length),
      ungated: plan.ungated.filter(runs),
      assignPatterns,
      assignIndex: assignPatterns.map((pp) => plan.names.indexOf(pp.spec)),
      assignKeywordIds: [...users.keys()],
      assignUsers: [...users.values()],
    };
    plan.kinds.set(kind, k);
  }
  return k;
}

/** Patterns (`flat` indices) grouped by file-word slot, in the order each slot first appears. */
function slotGroups(plan: ScanPlan, list: readonly number[]): SlotGroup[] {
  const groups = new Map<number, { slot: number; fileIds?: readonly number[]; patterns: number[] }>();
  for (const i of list) {
    const { fileSlot, fileIds } = plan.flat[i].pp;
    let g = groups.get(fileSlot);
    if (!g) groups.set(fileSlot, (g = { slot: fileSlot, fileIds, patterns: [] }));
    g.patterns.push(i);
  }
  return [...groups.values()];
}
