import * as vscode from 'vscode';
import type { Finding, HideSpan } from '../../engine';
import { DocumentHiders } from './DocumentHiders';
import type { MinimapBlocks } from './MinimapBlocks';
import { createMaskDecoration } from './maskDecoration';

/** The setting that turns the mode on (application scope: one toggle for every window of this machine). */
export const SCREEN_SHARE_SETTING = 'keyguard.screenShare.enabled';
/** How long "Reveal for 10 seconds" shows a value. */
export const REVEAL_MS = 10_000;
/** Values searched in documents KeyGuard did not scan (the old side of a diff), at most. */
const MAX_SHARED_VALUES = 200;

/** Reads the setting. */
export function screenShareEnabled(): boolean {
  return vscode.workspace.getConfiguration('keyguard').get<boolean>('screenShare.enabled', false);
}

/**
 * Screen-share mode: masks, in every visible editor (notebook cells and both sides of a diff included),
 * each value the last scan found, each stored key, every env-file value and every value under a
 * credential-named key, and follows edits keystroke by keystroke. The minimap shows blocks meanwhile.
 */
export class ScreenShareMode implements vscode.Disposable {
  private on = screenShareEnabled();
  private readonly decoration = createMaskDecoration();
  private readonly hiders = new DocumentHiders();
  /** Values of each document's last scan (secret findings only), by document URI. */
  private readonly scanValues = new Map<string, string[]>();
  private stored: string[] = [];
  /** Values the user chose to reveal, by document URI, until their timer ends. */
  private readonly revealed = new Map<string, Set<string>>();
  private readonly drawn = new Map<vscode.TextEditor, HideSpan[]>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the mode is switched or the masks of some editor were redrawn. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * @param onDidScan each scan's findings, as it finishes
   * @param published the findings already published for a document (those scanned before the mode started)
   * @param storedValues the values of the stored keys
   */
  constructor(
    onDidScan: vscode.Event<{ document: vscode.TextDocument; findings: readonly Finding[] }>,
    private readonly published: (doc: vscode.TextDocument) => readonly Finding[] | undefined,
    private readonly storedValues: () => Promise<string[]>,
    private readonly minimap?: MinimapBlocks,
  ) {
    this.disposables.push(
      this.decoration, this.changed,
      onDidScan((e) => this.didScan(e.document, e.findings)),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChangeTextDocument(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.didCloseTextDocument(d)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawAll()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SCREEN_SHARE_SETTING)) void this.setOn(screenShareEnabled()); }),
    );
    if (this.on) void this.setOn(true);
  }

  /** True while the mode is on. */
  get enabled(): boolean {
    return this.on;
  }

  /** Switches the mode; going on loads the stored keys first so that none shows even for a moment. */
  async setOn(on: boolean): Promise<void> {
    this.on = on;
    await this.minimap?.apply(on).catch(() => undefined); // a settings write that fails must not keep the masks off
    if (on) await this.reloadStoredValues();
    else {
      this.stored = [];
      this.scanValues.clear();
      this.hiders.clear();
    }
    this.redrawAll();
  }

  /** Re-reads the stored keys' values (the vault changed); kept in memory only while the mode is on. */
  async reloadStoredValues(): Promise<void> {
    if (!this.on) return;
    const values = await this.storedValues().catch(() => []);
    // The mode may have gone off while the keychain answered: then nothing of it is kept.
    if (!this.on) return;
    this.stored = values;
    this.redrawAll();
  }

  /** The spans masked in an editor right now (the integration tests read them). */
  spansFor(editor: vscode.TextEditor): HideSpan[] {
    return this.drawn.get(editor) ?? [];
  }

  /** The masked span of a document at a position, if any. */
  spanAt(doc: vscode.TextDocument, pos: vscode.Position): HideSpan | undefined {
    if (!this.on) return undefined;
    return this.hiders.get(doc, this.valuesFor(doc)).spans().find((s) => s.line === pos.line && s.start <= pos.character && pos.character <= s.end);
  }

  /** Shows one value of a document unmasked for REVEAL_MS (the user confirmed), then masks it again. */
  reveal(doc: vscode.TextDocument, value: string): void {
    const key = doc.uri.toString();
    const set = this.revealed.get(key) ?? new Set<string>();
    set.add(value);
    this.revealed.set(key, set);
    this.redrawDocument(doc);
    setTimeout(() => {
      set.delete(value);
      if (set.size === 0) this.revealed.delete(key);
      this.redrawDocument(doc);
    }, REVEAL_MS);
  }

  /** Keeps the values of a fresh scan; the hiders rebuild only when the values changed. */
  private didScan(doc: vscode.TextDocument, findings: readonly Finding[]): void {
    const key = doc.uri.toString();
    // Off, no value is kept: turning the mode on reads the published diagnostics instead.
    if (!this.on) return void this.scanValues.delete(key);
    const values = secretValues(doc, findings);
    const old = this.scanValues.get(key);
    if (old && old.length === values.length && old.every((v, i) => v === values[i])) return;
    this.scanValues.set(key, values);
    this.redrawDocument(doc);
  }

  /** Follows an edit at once (one or a few lines recomputed), before any rescan. */
  private didChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (!this.on || e.contentChanges.length === 0) return;
    this.hiders.didChange(e);
    this.redrawDocument(e.document);
  }

  /** Forgets a closed document (its values stay for a diff of the same file until it is rescanned). */
  private didCloseTextDocument(doc: vscode.TextDocument): void {
    this.hiders.forget(doc);
    this.revealed.delete(doc.uri.toString());
  }

  /** The known values searched in a document: its own scan's, else those of scanned documents, plus the stored keys. */
  private valuesFor(doc: vscode.TextDocument): string[] {
    let own = this.scanValues.get(doc.uri.toString());
    const published = own ? undefined : this.published(doc);
    if (published) this.scanValues.set(doc.uri.toString(), own = secretValues(doc, published));
    if (own) return this.stored.length ? [...own, ...this.stored] : own;
    const shared = new Set<string>(this.stored);
    for (const values of this.scanValues.values()) {
      for (const v of values) if (shared.size < MAX_SHARED_VALUES) shared.add(v);
    }
    return [...shared];
  }

  /** Redraws every visible editor. */
  private redrawAll(): void {
    for (const editor of [...this.drawn.keys()]) if (!vscode.window.visibleTextEditors.includes(editor)) this.drawn.delete(editor);
    for (const editor of vscode.window.visibleTextEditors) this.redraw(editor);
    this.changed.fire();
  }

  /** Redraws the visible editors of one document (a notebook cell or a file shown in several editors). */
  private redrawDocument(doc: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.redraw(editor);
    this.changed.fire();
  }

  /** Sets an editor's masks: none when the mode is off, else every span but the revealed values. */
  private redraw(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!this.on) {
      editor.setDecorations(this.decoration, []);
      this.drawn.delete(editor);
      return;
    }
    let spans = this.hiders.get(doc, this.valuesFor(doc)).spans();
    const revealed = this.revealed.get(doc.uri.toString());
    if (revealed) spans = spans.filter((s) => !revealed.has(doc.lineAt(s.line).text.slice(s.start, s.end)));
    editor.setDecorations(this.decoration, spans.map((s) => new vscode.Range(s.line, s.start, s.line, s.end)));
    this.drawn.set(editor, spans);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The distinct values of a document's secret findings, sorted (so two scans compare equal). */
function secretValues(doc: vscode.TextDocument, findings: readonly Finding[]): string[] {
  const text = doc.getText();
  return [...new Set(findings.filter((f) => f.category === 'secret').map((f) => text.slice(f.range.start, f.range.end)))].sort();
}
