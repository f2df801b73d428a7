// The key around a position, as the found-key check and the guided rotation gather it: the key, its secret
// and (where the exchange has one) its passphrase from the same file, and the host a check would ask.
import * as vscode from 'vscode';
import { resolveBaseUrl } from '../../exchanges/baseUrls';
import { checkableExchangeOf, credentialSets, type CredentialSet, type FileFinding } from '../../exchanges/credentialSets';
import { exchangeById } from '../../exchanges/registry';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { testHooksEnabled } from '../testHooks';

const ROLES = new Set(['api-key', 'key-name', 'api-secret', 'private-key', 'passphrase']);

/** True for a KeyGuard diagnostic on a part of a key KeyGuard can check. */
export function isCheckableCredential(d: vscode.Diagnostic): d is KeyGuardDiagnostic {
  return d instanceof KeyGuardDiagnostic && d.finding.category === 'secret' && !!d.finding.role && ROLES.has(d.finding.role) && !!checkableExchangeOf(d.finding);
}

/** A finding of the set with its diagnostic. */
export type DiagnosticFinding = FileFinding & { diagnostic: KeyGuardDiagnostic };

/** A whole key found in a document, ready to check. */
export interface FoundKey {
  document: vscode.TextDocument;
  set: CredentialSet<DiagnosticFinding> & { secret: string };
  /** `keyguard.exchangeBaseUrls`' entry for the exchange, if any. */
  baseUrl?: string;
  /** Where a check sends the key: the host the user consents to. */
  origin: string;
}

/** The key whose part is at `at`, or why there is none to check (said in the user's words). */
export async function foundKeyAt(uri: vscode.Uri, at: vscode.Position): Promise<FoundKey | { error: string }> {
  const document = await vscode.workspace.openTextDocument(uri);
  // Only diagnostics of the text as it is now: after an edit their ranges may hold other characters.
  const diagnostics = vscode.languages.getDiagnostics(uri).filter(isCheckableCredential).filter((d) => d.documentVersion === document.version);
  const findings: DiagnosticFinding[] = diagnostics.map((d) => ({ ...d.finding, path: uri.toString(), diagnostic: d }));
  const sets = credentialSets(findings, (f) => document.getText(f.diagnostic.range));
  const set = sets.find((s) => s.findings.some((f) => f.diagnostic.range.contains(at)));
  if (!set) return { error: 'KeyGuard found no API key of this exchange in this file to go with this value.' };
  const { name, fields } = exchangeById(set.exchange);
  if (!set.secret) return { error: `The ${name} key's secret is not in this file: use "KeyGuard: Check API Key…" to enter it.` };
  if (fields.passphrase && !set.passphrase) return { error: `${name} keys need their passphrase, and none is in this file: use "KeyGuard: Check API Key…".` };
  // Machine-scoped override, as the Check API Key command reads it; the host shown is the host used.
  const baseUrl = vscode.workspace.getConfiguration('keyguard').get<Record<string, string>>('exchangeBaseUrls', {})[set.exchange];
  try {
    const origin = resolveBaseUrl(set.exchange, baseUrl, { allowLoopback: KEYGUARD_TEST_BUILD && testHooksEnabled() }).origin;
    return { document, set: { ...set, secret: set.secret }, baseUrl, origin };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
