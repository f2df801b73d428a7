// `keyguard scan --verify`: asks each exchange about every key the scan found (the flag is the consent),
// and writes the answer onto the key's findings: live / dead / unknown, the risk, the permissions.
import * as path from 'path';
import { findSecretInHistory, gitOutput, mask, readTextFile, type FileFinding, type Git } from '../engine';
import { checkKey, type KeyCheckResult } from '../exchanges/checkKey';
import type { NetOptions } from '../exchanges/http';
import { verification, type KeyVerification } from '../exchanges/liveness';
import { exchangeById, type CheckableExchange } from '../exchanges/registry';
import { historyItem, judge, type VerdictItem } from '../exchanges/verdict';
import { checkableExchangeOf, credentialSets, type CredentialSet } from '../exchanges/credentialSets';
import type { ScanReport } from './scanCommand';

/** A finding with what the exchange said about its key. */
export interface VerifiedFinding extends FileFinding {
  verification?: KeyVerification & { lines?: Array<Pick<VerdictItem, 'level' | 'guidance' | 'text'>> };
}

type Answer = NonNullable<VerifiedFinding['verification']>;

/** Options of a verification pass. */
export interface VerifyOptions {
  /** `--base-url EXCHANGE=URL`: already validated by resolveBaseUrl. */
  baseUrls: Partial<Record<CheckableExchange, string>>;
  allowLoopback: boolean;
  maxBytes: number;
  /** Absent with `--no-git`: the leak check (is the key on a remote-tracking branch?) is skipped. */
  git?: Git;
  net?: NetOptions;
}

/** Checks every key in the report and annotates its findings; a dead key's findings drop to `info`. */
export async function verifyReport(report: ScanReport, options: VerifyOptions): Promise<void> {
  const texts = new Map<string, string | undefined>();
  const valueOf = (f: FileFinding): string | undefined => {
    if (!texts.has(f.path)) {
      const r = readTextFile(path.join(report.root, f.path), options.maxBytes, report.root);
      texts.set(f.path, 'text' in r ? r.text : undefined);
    }
    const value = texts.get(f.path)?.slice(f.range.start, f.range.end);
    // A file changed since the scan: the range no longer holds the value found, so nothing is sent.
    return value !== undefined && (f.masked === undefined || mask(value) === f.masked) ? value : undefined;
  };
  const sets = credentialSets(report.findings, valueOf);
  const top = options.git ? (await gitOutput(options.git, report.root, ['rev-parse', '--show-toplevel']))?.trim() : undefined;
  const asked = new Map<string, Promise<Outcome>>();
  for (const set of sets) {
    const answer = await verifyOne(set, sets, options, top, asked);
    for (const f of set.findings as VerifiedFinding[]) if (!f.verification || f === set.findings[0]) annotate(f, answer, set);
  }
  for (const f of report.findings as VerifiedFinding[]) {
    if (f.verification || f.category !== 'secret') continue;
    const exchange = checkableExchangeOf(f);
    if (exchange) f.verification = { state: 'unknown', risk: 'unknown', permissions: [], reason: `no ${exchangeById(exchange).name} API key was found next to it in this file, so it could not be checked` };
  }
}

type Outcome = { result: KeyCheckResult } | { error: unknown };

/**
 * Judges one credential set. The exchange is asked once per key, secret and passphrase (a key hard-coded in
 * five files is one request); each place is judged on its own (the other places it was seen differ).
 */
async function verifyOne(set: CredentialSet, all: readonly CredentialSet[], options: VerifyOptions, top: string | undefined, asked: Map<string, Promise<Outcome>>): Promise<Answer> {
  const { name, fields } = exchangeById(set.exchange);
  if (!set.secret) return { state: 'unknown', risk: 'unknown', permissions: [], reason: `its ${fields.secret.title.toLowerCase()} is not in this file, so it could not be checked` };
  if (fields.passphrase && !set.passphrase) return { state: 'unknown', risk: 'unknown', permissions: [], reason: `${name} keys need their passphrase, and none was found next to it in this file` };
  const creds = { apiKey: set.apiKey, secret: set.secret, passphrase: set.passphrase };
  const id = `${set.exchange}\0${set.apiKey}\0${set.secret}\0${set.passphrase ?? ''}`;
  if (!asked.has(id)) {
    asked.set(id, checkKey(set.exchange, creds, { baseUrl: options.baseUrls[set.exchange], allowLoopback: options.allowLoopback, net: options.net })
      .then((result) => ({ result }), (error: unknown) => ({ error })));
  }
  const outcome = await asked.get(id)!;
  // Git failing to answer leaves the history unknown: no history line, rather than "never committed".
  const hit = options.git && top ? await findSecretInHistory(options.git, top, set.apiKey).catch(() => undefined) : undefined;
  const history = hit ? { commit: hit.commit, pushedTo: hit.pushedTo, pushedUnknown: hit.pushedUnknown } : undefined;
  if ('result' in outcome) {
    const here = `${set.path}:${set.findings[0].range.startLine + 1}`;
    const seenElsewhere = [...new Set(all.filter((s) => s.apiKey === set.apiKey).map((s) => `${s.path}:${s.findings[0].range.startLine + 1}`))].filter((p) => p !== here);
    const verdict = judge(outcome.result.facts, { history, seenElsewhere });
    const lines = verdict.items.map(({ level, guidance, text }) => ({ level, ...(guidance ? { guidance } : {}), text }));
    return { ...verification(set.exchange, { result: { ...outcome.result, verdict } }), lines };
  }
  const answer = verification(set.exchange, outcome);
  // A pushed key that could not be checked is still leaked: say so, and judge it by that alone.
  if (answer.state !== 'unknown' || !hit?.pushedTo) return answer;
  const { level, guidance, text } = historyItem(hit);
  return { ...answer, risk: level, lines: [{ level, guidance, text }] };
}

/** Writes a verification onto a finding; a dead key is no longer an error, and says so. */
function annotate(f: VerifiedFinding, answer: Answer, set: CredentialSet): void {
  f.verification = answer;
  if (answer.state === 'dead') {
    f.severity = 'info';
    f.message = `Dead: ${exchangeById(set.exchange).name} rejects key ${mask(set.apiKey)} as unknown (${answer.reason}). ${f.message}`;
  }
}
