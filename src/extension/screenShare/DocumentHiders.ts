import * as vscode from 'vscode';
import { fileKindOf, LineHider, type FileKind } from '../../engine';

// Documents without a telling file name (untitled, some virtual schemes) are judged by their language.
const KIND_BY_LANGUAGE: Record<string, FileKind> = {
  dotenv: 'env', properties: 'ini', ini: 'ini', json: 'json', jsonc: 'json', yaml: 'yaml', toml: 'toml',
  python: 'python', javascript: 'javascript', typescript: 'typescript', shellscript: 'shell',
};

/** The file kind that decides which values of a document are hidden. */
export function hideKindOf(doc: vscode.TextDocument): FileKind {
  const byName = fileKindOf(doc.uri.path);
  return byName === 'text' ? KIND_BY_LANGUAGE[doc.languageId] ?? 'text' : byName;
}

/** A document's hider and the version and values it was built for. */
interface Entry {
  hider: LineHider;
  version: number;
  values: readonly string[];
}

/**
 * One LineHider per open document, kept in step with edits: a single-change edit recomputes only the lines
 * it touched (the keystroke path); anything else (several changes at once, a missed version) rebuilds.
 */
export class DocumentHiders {
  private readonly entries = new Map<string, Entry>();

  /** The hider of a document for the given known values, built or rebuilt when stale. */
  get(doc: vscode.TextDocument, values: readonly string[]): LineHider {
    const key = doc.uri.toString();
    const e = this.entries.get(key);
    if (e && e.version === doc.version && sameValues(e.values, values)) return e.hider;
    const lines: string[] = [];
    for (let i = 0; i < doc.lineCount; i++) lines.push(doc.lineAt(i).text);
    const hider = new LineHider(hideKindOf(doc), values, lines);
    this.entries.set(key, { hider, version: doc.version, values });
    return hider;
  }

  /** Applies an edit to the document's hider, when it has one that is one edit behind. */
  didChange(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry) return;
    if (e.contentChanges.length !== 1 || entry.version !== e.document.version - 1) return void this.entries.delete(e.document.uri.toString());
    const change = e.contentChanges[0];
    const from = change.range.start.line;
    const deleted = change.range.end.line - from + 1;
    const added = change.text.split('\n').length;
    const lines: string[] = [];
    for (let i = from; i < from + added && i < e.document.lineCount; i++) lines.push(e.document.lineAt(i).text);
    entry.hider.splice(from, deleted, lines);
    entry.version = e.document.version;
    if (entry.hider.lineCount !== e.document.lineCount) this.entries.delete(e.document.uri.toString());
  }

  /** Forgets a closed document. */
  forget(doc: vscode.TextDocument): void {
    this.entries.delete(doc.uri.toString());
  }

  /** Forgets every document (the mode went off, or the stored keys changed). */
  clear(): void {
    this.entries.clear();
  }
}

/** True when two value lists hold the same values in the same order. */
function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((v, i) => v === b[i]));
}
