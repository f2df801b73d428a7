// A match made a user-facing finding. What a finding takes from its detector, pattern, exchange and assigned name is
// worked out once per name (a file of thousands of `api_secret = "…"` lines names one variable thousands of times):
// only its range, masked value and the message around it are the value's own.
import type { Detector, PatternSpec } from '../defineDetector';
import { exchangeFromCcxtId, envNameFor } from '../detectors/exchanges/naming';
import { exchangeNamedBy } from '../detectors/exchanges/nameWords';
import { mask } from '../text/mask';
import type { LineIndex } from '../text/lineIndex';
import type { Finding, Role } from '../types';
import { fillExchange, fillMasked, fillMessage, maskedSlots, plainMasked } from './messageTemplate';

/** The part of a finding every value of one name (and ccxt id) shares. */
interface Naming {
  readonly exchange: string | undefined;
  readonly title: string;
  readonly advice: string;
  readonly role: Role | undefined;
  readonly envName: string | undefined;
  /** The message's `{exchange}` and `{name}` as filled in. */
  readonly exchangeText: string;
  readonly nameText: string;
  /** The message around its masked values (messageTemplate.ts), null when each value's is filled whole. */
  readonly slots: readonly string[] | null;
}

/** Works out a Naming (what makeFinding did per value before). */
function namingOf(d: Detector, p: PatternSpec, ccxtId: string | undefined, assignedName: string | undefined): Naming {
  // A secret assigned to a name that names an exchange (`bitfinexSecret`) is that exchange's.
  const exchange = d.exchange ?? p.exchange ?? (ccxtId ? exchangeFromCcxtId(ccxtId) : undefined)
    ?? (d.category === 'secret' ? exchangeNamedBy(assignedName) : undefined);
  const role = p.role ?? d.role;
  const exchangeText = exchange ?? 'the exchange';
  const nameText = shortName(assignedName) ?? 'this name';
  return {
    exchange,
    title: exchange && !d.exchange && !d.title.includes(exchange) ? `${exchange} ${d.title}` : d.title,
    advice: fillExchange(p.advice ?? d.advice, exchange ?? 'the service'),
    role,
    // Only a secret is moved to an environment variable; a withdrawal call has no variable to name.
    envName: d.category === 'secret' ? p.envName ?? d.envName ?? envNameFor(exchange, role, assignedName) : undefined,
    exchangeText,
    nameText,
    slots: maskedSlots(d.message, exchangeText, nameText),
  };
}

/** Builds the finding of one value from its naming: range, masked value, message. */
function build(lines: LineIndex, d: Detector, n: Naming, value: string, start: number, end: number, assignedName: string | undefined): Finding {
  // Line, then column: no position object per end (findings come in text order, so the look-ups are short).
  const startLine = lines.lineOf(start);
  const endLine = lines.lineOf(end);
  const masked = mask(value);
  const message = n.slots && plainMasked(masked) ? fillMasked(n.slots, masked) : fillMessage(d.message, n.exchangeText, masked, n.nameText);
  return {
    id: d.id,
    category: d.category,
    severity: d.severity,
    title: n.title,
    message,
    advice: n.advice,
    range: { start, end, startLine, startColumn: start - lines.lineStart(startLine), endLine, endColumn: end - lines.lineStart(endLine) },
    masked,
    exchange: n.exchange,
    role: n.role,
    envName: n.envName,
    assignedName,
  };
}

/** Builds the user-facing finding: range, masked value, exchange, the detector's severity and message. */
export function makeFinding(
  lines: LineIndex, d: Detector, p: PatternSpec, value: string, start: number, end: number,
  ccxtId: string | undefined, assignedName: string | undefined,
): Finding {
  return build(lines, d, namingOf(d, p, ccxtId, assignedName), value, start, end, assignedName);
}

/**
 * The values of one pattern in one scan that passed its checks, kept as offsets until the scan has matched every
 * pattern, then made findings (each name's naming worked out once). Made at the end, a file's thousands of findings
 * are not copied by every young-generation collection the rest of its matching (regex results, validators) sets off.
 */
export class PatternFindings {
  /** Namings by assigned name, of values without a ccxt id (those are worked out each time: few, and keyed by two). */
  private readonly byName = new Map<string | undefined, Naming>();
  /** Start and end of each value, flat; its assigned name; its ccxt id, by index (most patterns give none). */
  private readonly spans: number[] = [];
  private readonly names: Array<string | undefined> = [];
  private ccxtIds: Map<number, string> | undefined;

  constructor(private readonly text: string, private readonly d: Detector, private readonly p: PatternSpec) {}

  /** Keeps a value [start, end) that passed, its ccxt id and assigned name. */
  add(start: number, end: number, ccxtId: string | undefined, assignedName: string | undefined): void {
    if (ccxtId !== undefined) (this.ccxtIds ??= new Map()).set(this.names.length, ccxtId);
    this.spans.push(start, end);
    this.names.push(assignedName);
  }

  /** Number of values kept. */
  get count(): number {
    return this.names.length;
  }

  /** The finding of the i-th value kept (see makeFinding). */
  finding(lines: LineIndex, i: number): Finding {
    const { d, p } = this;
    const start = this.spans[2 * i];
    const end = this.spans[2 * i + 1];
    const ccxtId = this.ccxtIds?.get(i);
    const assignedName = this.names[i];
    let n: Naming | undefined;
    if (ccxtId) n = namingOf(d, p, ccxtId, assignedName);
    else {
      n = this.byName.get(assignedName);
      if (n === undefined) this.byName.set(assignedName, (n = namingOf(d, p, undefined, assignedName)));
    }
    return build(lines, d, n, this.text.slice(start, end), start, end, assignedName);
  }
}

/** A name short enough for a one-line message: long paths and identifiers keep their start and end. */
function shortName(name: string | undefined): string | undefined {
  if (name === undefined || name.length <= 36) return name;
  return `${name.slice(0, 20)}…${name.slice(-15)}`;
}
