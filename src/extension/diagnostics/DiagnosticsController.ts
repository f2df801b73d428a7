import * as vscode from 'vscode';
import { scanText, type Finding } from '../../engine';
import { readConfig, scanOptionsFrom, type KeyGuardConfig } from '../config';
import { toDiagnostics } from './toDiagnostic';

/** Adjusts a document's findings before they are published (the env guard drops secrets in ignored .env files). */
export type FindingTransform = (doc: vscode.TextDocument, findings: Finding[]) => Finding[];

// Documents from these schemes are the user's text; output channels, git views and settings are not.
const SCANNED_SCHEMES = new Set(['file', 'untitled', 'vscode-notebook-cell', 'vscode-remote', 'vscode-vfs']);

/**
 * Keeps KeyGuard diagnostics in step with the editor: scans on open and save, debounced on change (only the
 * changed document), and drops results that a newer edit made stale.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('keyguard');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after diagnostics of any document changed. */
  readonly onDidUpdate = this.changed.event;
  private readonly scanned = new vscode.EventEmitter<{ document: vscode.TextDocument; findings: readonly Finding[] }>();
  /** Fires with a document's findings (before transforms) right after its scan; screen-share mode masks them. */
  readonly onDidScan = this.scanned.event;
  private config: KeyGuardConfig = readConfig();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly transforms: FindingTransform[] = [];
  private readonly tooLargeNoted = new Set<string>();

  constructor() {
    this.disposables.push(
      this.collection,
      this.changed,
      this.scanned,
      vscode.workspace.onDidOpenTextDocument((d) => this.didOpenTextDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChangeTextDocument(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.scanNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.didCloseTextDocument(d)),
      vscode.workspace.onDidChangeConfiguration((e) => this.didChangeConfiguration(e)),
    );
    for (const d of vscode.workspace.textDocuments) this.scanNow(d);
  }

  /** Scans a newly opened document at once. */
  private didOpenTextDocument(doc: vscode.TextDocument): void {
    this.scanNow(doc);
  }

  /** Debounces rescans while the user types; each edit restarts the document's timer. */
  private didChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.scanNow(e.document);
    }, this.config.debounceMs));
  }

  /** Untitled documents vanish on close; files keep the findings a workspace scan would show. */
  private didCloseTextDocument(doc: vscode.TextDocument): void {
    clearTimeout(this.timers.get(doc.uri.toString()));
    if (doc.uri.scheme !== 'file') this.collection.delete(doc.uri);
    this.changed.fire();
  }

  /** Rescans every open document with the new settings. */
  private didChangeConfiguration(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('keyguard')) return;
    this.config = readConfig();
    for (const d of vscode.workspace.textDocuments) this.scanNow(d);
  }

  /** Says once per document that it was not scanned for its size, so silence is never mistaken for "clean". */
  private noteTooLarge(doc: vscode.TextDocument, length: number, limitKB: number): void {
    const key = doc.uri.toString();
    if (this.tooLargeNoted.has(key)) return;
    this.tooLargeNoted.add(key);
    const name = doc.uri.path.split('/').pop() ?? 'this file';
    void vscode.window.showInformationMessage(
      `KeyGuard did not scan ${name}: ${(length / 1024 / 1024).toFixed(1)} MB is above keyguard.maxFileSizeKB (${limitKB} KB).`,
      'Change Limit',
    ).then((c) => { if (c) void vscode.commands.executeCommand('workbench.action.openSettings', 'keyguard.maxFileSizeKB'); });
  }

  /** Scans a document's current text and publishes its diagnostics. */
  scanNow(doc: vscode.TextDocument): void {
    if (!SCANNED_SCHEMES.has(doc.uri.scheme)) return;
    const config = readConfig(doc.uri);
    const text = doc.getText();
    if (!config.enable || text.length > config.maxFileSizeKB * 1024) {
      this.collection.delete(doc.uri);
      this.changed.fire();
      if (config.enable) this.noteTooLarge(doc, text.length, config.maxFileSizeKB);
      return;
    }
    const version = doc.version;
    const result = scanText(text, { ...scanOptionsFrom(config), path: this.relativePath(doc.uri) });
    // A scan is synchronous, but the document may have been closed or edited by a listener meanwhile.
    if (doc.isClosed || doc.version !== version) return;
    this.scanned.fire({ document: doc, findings: result.findings });
    let findings = result.findings;
    for (const t of this.transforms) findings = t(doc, findings);
    this.collection.set(doc.uri, toDiagnostics(findings, version));
    this.changed.fire();
  }

  /** Registers a transform applied to every document scan; disposing it removes it. */
  addTransform(transform: FindingTransform): vscode.Disposable {
    this.transforms.push(transform);
    return new vscode.Disposable(() => {
      const i = this.transforms.indexOf(transform);
      if (i !== -1) this.transforms.splice(i, 1);
    });
  }

  /** Publishes findings computed elsewhere (the workspace scan) for a file that is not open. */
  publish(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    this.collection.set(uri, diagnostics);
  }

  /** Tells listeners (the status bar) that a batch of publishes is done. */
  notifyUpdated(): void {
    this.changed.fire();
  }

  /** Path relative to its workspace folder, which decides file kind and test-path downgrades. */
  relativePath(uri: vscode.Uri): string {
    if (uri.scheme === 'untitled') return '';
    return vscode.workspace.asRelativePath(uri, false);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
