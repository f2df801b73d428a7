import type { FileKind, PathConstant, Role, Severity } from './types';

/** A named check on a matched value; detectors list them as data. */
export interface Validator {
  readonly name: string;
  /** True when the value may be a real secret; false drops the match. */
  test(value: string, context: MatchContext): boolean;
  /**
   * For the editor's incremental rescan (find/reach.ts), a validator that reads the text around the value: outside
   * the value's own lines it reads only within `before` characters before the value's start and `after` after its
   * end. One that reads the context without saying so is assumed to read far (4,400 before, 8,400 after).
   */
  readonly reach?: { readonly before: number; readonly after: number };
  /** A validator that asks the whole text one question: whether this pattern, never spanning lines, matches in it. */
  readonly fileWide?: RegExp;
}

/** What a validator or requirement can look at besides the value. */
export interface MatchContext {
  /** The whole text being scanned. */
  readonly text: string;
  /** Start and end offsets of the value. */
  readonly start: number;
  readonly end: number;
  readonly path: string;
  readonly kind: FileKind;
  /** Other files' path constants this text uses, by the name it writes (scan option `pathConstants`). */
  readonly pathConstants?: ReadonlyMap<string, PathConstant>;
}

/** Context a match needs around it, e.g. an exchange constructor a few lines above. */
export interface Requirement {
  /** One of these (lowercase) must occur somewhere in the file. */
  fileContains?: readonly string[];
  /** This pattern must match within `before` characters before and `after` after the value. */
  near?: { pattern: RegExp; before: number; after?: number };
  /** Drop the match when this pattern matches in the same window. */
  notNear?: { pattern: RegExp; before: number; after?: number };
  /** Never drops a match: the first of these that matches nearby names the exchange (group `ex`). */
  exchangeNear?: ReadonlyArray<{ pattern: RegExp; before: number; after?: number }>;
}

/** One way a detector recognises its secret. */
export interface PatternSpec {
  /**
   * Global regex, flags `g` and `d`. The named group `v` is the secret and the finding's span; `name` is the
   * identifier it was assigned to (the span when there is no `v`: a method or path); `ex` names the
   * exchange (a ccxt id). Without either group the whole match is the span.
   */
  re: RegExp;
  /**
   * Set for name-assignment patterns (`re` = NAMED_ASSIGN + this, built by `assigned()`): the value part, sticky.
   * The scanner finds a file's assignments once and runs only this after the names `name` accepts, so these
   * patterns need a `name` test (which also stands in for the keyword prefilter).
   */
  afterAssign?: RegExp;
  /** The named group holding the value when it is not `v` (two detectors reading one regex run). */
  valueGroup?: string;
  /**
   * Lowercase literals; the regex runs only on lines holding one. Defaults to the detector's. Empty: the whole
   * file, for shapes precise enough on their own (restrict them with `files`).
   */
  keywords?: readonly string[];
  requires?: Requirement;
  /**
   * Test on the captured `name` group. Names are captured as one flat run of identifier characters and
   * judged here, so that no pattern nests quantifiers (linear time, ReDoS-free).
   */
  name?: RegExp;
  /** Drop the match when the captured name matches this. */
  notName?: RegExp;
  /** Extra lines scanned around a keyword hit, for values that span lines. */
  linesBefore?: number;
  linesAfter?: number;
  /** Role of the value for this pattern, when it differs from the detector's. */
  role?: Role;
  /** File kinds this pattern applies to; the detector's when absent. */
  files?: readonly FileKind[];
  /** Files whose path this accepts are the only ones the pattern runs on: asked once per scan, before any regex. */
  path?: (path: string) => boolean;
  /** Exchange this pattern belongs to, when the detector covers several. */
  exchange?: string;
  /** Names the exchange (a ccxt id) from the matched text, e.g. by a generated table; before `exchangeNear`. */
  exchangeOf?: (value: string) => string | undefined;
  /** Environment variable a fix proposes for this pattern's values (the service's own name, e.g. `OPENAI_API_KEY`). */
  envName?: string;
  /** Validators of this pattern only, run after the detector's. */
  validate?: readonly Validator[];
  /** How to fix and revoke, for this pattern's service, when it differs from the detector's (`advice`). */
  advice?: string;
  /**
   * ASCII literals, case as written (a case-sensitive regex's; a one-character one no letter), one of which every
   * match holds, its lookarounds included: a keyword window without any is never given to the regex (find/needs.ts). A speed hint
   * for costly patterns; it must never leave out a match.
   */
  needs?: readonly string[];
}

/** Examples the unit tests run: ⟦ ⟧ marks the exact span a positive must report. */
export interface Example {
  text: string;
  path?: string;
  /**
   * Other files of the workspace: the scan is handed the fund movers they define (crossfile/fundMovers.ts), the path
   * constants the example uses and those of its own the others post (crossfile/pathConstants.ts).
   */
  workspace?: ReadonlyArray<{ path: string; text: string }>;
}

/** A detector written as data: what it finds, how to recognise it, how to tell it from look-alikes. */
export interface DetectorSpec {
  /** `category/kebab-name`, e.g. `secret/binance-api-secret`. */
  id: string;
  title: string;
  severity: Severity;
  /**
   * Shown inline: one self-sufficient sentence of at most 100 characters once filled in (a unit test checks
   * every example); `{exchange}`, `{masked}` and `{name}` are filled in.
   */
  message: string;
  /** Why the finding is dangerous, for the rule page (one or two sentences). */
  risk: string;
  /** How to fix it and where to revoke it, in the service's own terms: the hover and the rule page show it. */
  advice: string;
  exchange?: string;
  role?: Role;
  /** Environment variable a fix proposes; derived from exchange and role when absent. */
  envName?: string;
  keywords: readonly string[];
  patterns: readonly PatternSpec[];
  validate?: readonly Validator[];
  /** File kinds this detector applies to; all kinds when absent. */
  files?: readonly FileKind[];
  examples: { positive: ReadonlyArray<string | Example>; negative: ReadonlyArray<string | Example> };
}

/** A detector ready for scanning: its spec plus derived fields. */
export interface Detector extends DetectorSpec {
  category: string;
}

/** Checks a detector spec's shape and returns it with its category; throws on a malformed spec. */
export function defineDetector(spec: DetectorSpec): Detector {
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(spec.id)) throw new Error(`detector id ${spec.id} is not category/kebab-name`);
  for (const p of spec.patterns) {
    if (!p.re.global || !p.re.hasIndices) throw new Error(`${spec.id}: pattern ${p.re} needs the g and d flags`);
    if (p.name?.global || p.notName?.global) throw new Error(`${spec.id}: name tests must not be global`);
    if (p.afterAssign && (!p.afterAssign.sticky || !p.afterAssign.hasIndices || !p.name || !p.re.source.endsWith(p.afterAssign.source))) {
      throw new Error(`${spec.id}: an assignment pattern needs a sticky, indexed value part that ends its regex, and a name test`);
    }
    if (p.needs && (p.afterAssign || p.re.ignoreCase || p.needs.length === 0 || p.needs.some((w) => w === '' || /[^\x00-\x7f]/.test(w) || /^[A-Za-z]$/.test(w)))) {
      throw new Error(`${spec.id}: needs lists ASCII literals (no single letter) of a case-sensitive window pattern`);
    }
    for (const k of p.keywords ?? spec.keywords) {
      if (k !== k.toLowerCase() || k.length === 0) throw new Error(`${spec.id}: keyword "${k}" must be lowercase`);
    }
  }
  return { ...spec, category: spec.id.slice(0, spec.id.indexOf('/')) };
}
