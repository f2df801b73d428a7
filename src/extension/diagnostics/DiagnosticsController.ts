import * as vscode from 'vscode';
import { applyRuleSettings, type Finding } from '../../engine';
import { log } from '../log';
import { affectsAny, FINDING_SETTINGS } from '../settingsScope';
import { readConfig } from '../config';
import { diagnosticsFor, type DiagnosticsOutcome, type FindingSources } from './diagnosticsFor';
import { DocumentScans } from './documentScans';
import { FundMoverIndex } from './FundMoverIndex';
import { KeyGuardDiagnostic } from './toDiagnostic';

// Documents from these schemes are the user's text; output channels, git views and settings are not.
const SCANNED_SCHEMES = new Set(['file', 'untitled', 'vscode-notebook-cell', 'vscode-remote', 'vscode-vfs']);

/** Findings a contributor anchors on files rather than on a document's text (the .env guard's env-file findings). */
export interface FileFindingSource {
  fileFindings(): ReadonlyArray<{ uri: vscode.Uri; findings: readonly Finding[] }>;
}

/**
 * KeyGuard's one diagnostic collection. Lints on open and save, debounced while typing, clears untitled
 * documents on close, and drops stale results by a per-document generation and `document.version`.
 * Contributors (env guard, history notes) only call `refresh()`; this class asks them what they know.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('keyguard');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped per lint of a uri; a lint that finishes after a newer one started publishes nothing. */
  private readonly generations = new Map<string, number>();
  /** Diagnostics of each file's text (open documents and workspace-scanned files). */
  private readonly textDiagnostics = new Map<string, vscode.Diagnostic[]>();
  /** Diagnostics the env guard anchors on env files and .gitignore files. */
  private fileDiagnostics = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  private readonly scanned = new vscode.EventEmitter<{ document: vscode.TextDocument; findings: readonly Finding[] }>();
  /** Fires with an open document's findings right after its lint publishes them; screen-share mode masks them. */
  readonly onDidScan = this.scanned.event;
  private readonly published = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with every uri whose KeyGuard diagnostics were set or cleared (open documents, workspace scans, env files). */
  readonly onDidPublish = this.published.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly tooLargeNoted = new Set<string>();
  private debounceMs = readConfig().debounceMs;
  /** Open documents' incremental scanners: a keystroke rescans the region it can change, not the document. */
  private readonly scans = new DocumentScans();
  /** The workspace's fund movers: which other files' withdrawals and sends each file calls. */
  readonly movers = new FundMoverIndex(this);

  constructor(private readonly sources: FindingSources, private readonly files: FileFindingSource) {
    this.disposables.push(
      this.collection,
      this.movers,
      this.scanned,
      this.published,
      vscode.workspace.onDidOpenTextDocument((d) => this.didOpenTextDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChangeTextDocument(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.lint(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.didCloseTextDocument(d)),
      vscode.workspace.onDidChangeConfiguration((e) => this.didChangeConfiguration(e)),
    );
    this.refresh();
  }

  /** Something that shapes findings changed (env guard, history, settings): re-lints open documents (one, or all) and republishes file findings. */
  refresh(uri?: vscode.Uri): void {
    if (!uri) this.publishFileFindings();
    for (const d of vscode.workspace.textDocuments) if (!uri || d.uri.toString() === uri.toString()) void this.lint(d);
  }

  /** Lints a newly opened document at once. */
  private didOpenTextDocument(doc: vscode.TextDocument): void {
    void this.lint(doc);
  }

  /** Debounces re-lints while the user types; each edit restarts the document's timer. */
  private didChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    this.scans.didChange(e);
    const key = e.document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.lint(e.document);
    }, this.debounceMs));
  }

  /** Untitled documents vanish on close; files keep the findings a workspace scan would show. */
  private didCloseTextDocument(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.bump(key);
    this.scans.didClose(doc.uri);
    if (doc.uri.scheme !== 'file') {
      this.textDiagnostics.delete(key);
      this.publish(doc.uri);
    }
  }

  /** Re-lints every open document when a setting that shapes findings changed. */
  private didChangeConfiguration(e: vscode.ConfigurationChangeEvent): void {
    if (e.affectsConfiguration('keyguard.debounceMs')) this.debounceMs = readConfig().debounceMs;
    if (affectsAny(e, FINDING_SETTINGS)) this.refresh();
  }

  /** Lints an open document's current text and publishes it, unless a newer lint or edit made it stale. */
  async lint(doc: vscode.TextDocument): Promise<void> {
    if (!SCANNED_SCHEMES.has(doc.uri.scheme)) return;
    const key = doc.uri.toString();
    const generation = this.bump(key);
    const version = doc.version;
    const text = doc.getText();
    let outcome: DiagnosticsOutcome;
    try {
      outcome = await diagnosticsFor({ uri: doc.uri, text, version, open: true, scan: this.scans.scannerFor(doc.uri), movers: this.movers.moversFor(doc.uri), paths: this.movers.pathOptionsFor(doc.uri) }, this.sources);
    } catch (e) {
      // Lints run from events (`void this.lint(…)`): a failure is logged, never an unhandled rejection.
      log().error(`KeyGuard could not scan ${doc.uri.fsPath || doc.uri.toString()}: ${(e as Error).message}`);
      return;
    }
    if (generation !== this.generations.get(key) || doc.isClosed || doc.version !== version) return;
    if ('skipped' in outcome && outcome.skipped === 'too-large') this.noteTooLarge(doc, outcome.limitKB ?? 0);
    this.settle(doc.uri, outcome, text, false);
    this.scanned.fire({ document: doc, findings: 'diagnostics' in outcome ? outcome.diagnostics.map((d) => d.finding) : [] });
  }

  /** Lints a file the workspace scan read from disk (not open in an editor); returns its outcome. */
  async lintFile(uri: vscode.Uri, text: string): Promise<DiagnosticsOutcome> {
    const key = uri.toString();
    const openDoc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    // An open document is linted from its own text: a read from disk must neither replace that lint's result
    // nor cancel one under way (its findings also feed screen-share masking).
    const doc = openDoc();
    if (doc) {
      await this.lint(doc);
      return { diagnostics: this.diagnostics(uri).filter((d): d is KeyGuardDiagnostic => d instanceof KeyGuardDiagnostic) };
    }
    const generation = this.bump(key);
    const outcome = await diagnosticsFor({ uri, text, open: false, movers: this.movers.moversFor(uri), paths: this.movers.pathOptionsFor(uri) }, this.sources);
    // The file was opened (and linted from its document) while this read was under way.
    if (generation === this.generations.get(key) && !openDoc()) this.settle(uri, outcome, text, true);
    return outcome;
  }

  /**
   * Drops the text findings of a file no longer scanned (deleted, or now skipped); with `subtree`, of every
   * file under a deleted folder too. Open documents keep theirs: the editor still shows their text.
   * Bumping the generation also discards a lint of that file still under way.
   */
  forget(uri: vscode.Uri, subtree = false): void {
    const key = uri.toString();
    const keys = subtree ? [...this.generations.keys()].filter((k) => k === key || k.startsWith(key.endsWith('/') ? key : `${key}/`)) : [key];
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const k of keys) {
      if (open.has(k)) continue;
      this.bump(k);
      this.movers.forget(k === key ? uri : vscode.Uri.parse(k));
      if (this.textDiagnostics.delete(k)) this.publish(k === key ? uri : vscode.Uri.parse(k));
    }
  }

  /** Diagnostics currently published for a uri. */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Every published finding with its file: what the findings view and the status bar show, without a rescan. */
  findings(): Array<{ uri: vscode.Uri; finding: Finding }> {
    const out: Array<{ uri: vscode.Uri; finding: Finding }> = [];
    this.collection.forEach((uri, diagnostics) => {
      for (const d of diagnostics) if (d instanceof KeyGuardDiagnostic) out.push({ uri, finding: d.finding });
    });
    return out;
  }

  /** Records a lint's outcome (and what the text defines and calls, for the fund-mover index) and publishes the uri. */
  private settle(uri: vscode.Uri, outcome: DiagnosticsOutcome, text: string, fromDisk: boolean): void {
    if ('diagnostics' in outcome) this.textDiagnostics.set(uri.toString(), outcome.diagnostics);
    else this.textDiagnostics.delete(uri.toString());
    if ('diagnostics' in outcome && outcome.scanned) this.movers.record(uri, text, outcome.scanned, fromDisk);
    else this.movers.forget(uri);
    this.publish(uri);
  }

  /** Starts a new generation of a uri's lint. */
  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  /** Pulls the env guard's file findings and republishes every uri that had or has some. */
  private publishFileFindings(): void {
    const before = [...this.fileDiagnostics.values()].map((e) => e.uri);
    this.fileDiagnostics = new Map();
    for (const { uri, findings } of this.files.fileFindings()) {
      this.fileDiagnostics.set(uri.toString(), { uri, diagnostics: applyRuleSettings(findings, readConfig(uri).rules).map((f) => new KeyGuardDiagnostic(f, undefined, uri)) });
    }
    for (const uri of [...before, ...[...this.fileDiagnostics.values()].map((e) => e.uri)]) this.publish(uri);
  }

  /** Sets a uri's diagnostics: its text's, then the files' findings anchored there. */
  private publish(uri: vscode.Uri): void {
    const key = uri.toString();
    const all = [...(this.textDiagnostics.get(key) ?? []), ...(this.fileDiagnostics.get(key)?.diagnostics ?? [])];
    if (all.length) this.collection.set(uri, all);
    // Each delete is a message to the window: a scan of 50,000 clean files would send 50,000 of them.
    else if (this.collection.has(uri)) this.collection.delete(uri);
    this.published.fire(uri);
  }

  /** Says once per document that it was not scanned for its size, so silence is never mistaken for "clean". */
  private noteTooLarge(doc: vscode.TextDocument, limitKB: number): void {
    const key = doc.uri.toString();
    if (this.tooLargeNoted.has(key)) return;
    this.tooLargeNoted.add(key);
    const name = doc.uri.path.split('/').pop() ?? 'this file';
    void vscode.window.showInformationMessage(
      `KeyGuard did not scan ${name}: ${(doc.getText().length / 1024 / 1024).toFixed(1)} MB is above keyguard.maxFileSizeKB (${limitKB} KB).`,
      'Change Limit',
    ).then((c) => { if (c) void vscode.commands.executeCommand('workbench.action.openSettings', 'keyguard.maxFileSizeKB'); });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
