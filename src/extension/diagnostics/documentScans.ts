// Incremental rescans of open documents: the edits of each TextDocumentChangeEvent since the last lint are kept
// and handed to the engine's IncrementalScan, which rescans only the region they can change (or all, when unsure).
import type * as vscode from 'vscode';
import { DETECTORS, IncrementalScan, mergeChanges, scanWith, withWrapperCalls, type ScanOptions, type ScanResult, type TextChange, type TextScanner } from '../../engine';

/** Per open document: its incremental scanner, the options it scans with, and the edits not yet scanned. */
interface DocumentState {
  scan?: IncrementalScan;
  optionsKey?: string;
  pending: TextChange[];
  /** An event with several changes (multi-cursor) came: the next scan is a full one. */
  unknown: boolean;
}

/** The incremental scanners of open documents, fed by change events, read by the diagnostics pipeline. */
export class DocumentScans {
  private readonly docs = new Map<string, DocumentState>();

  /** Records one change event's edits (offsets in the text before the event). */
  didChange(e: vscode.TextDocumentChangeEvent): void {
    const state = this.stateOf(e.document.uri.toString());
    // Many events without a lint (a document too large to scan, KeyGuard turned off): a full scan next time.
    if (e.contentChanges.length !== 1 || state.pending.length >= 1000) {
      state.unknown = true;
      state.pending = [];
    } else {
      const c = e.contentChanges[0];
      state.pending.push({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text });
    }
  }

  /** Forgets a closed document. */
  didClose(uri: vscode.Uri): void {
    this.docs.delete(uri.toString());
  }

  /**
   * The scanner for one lint of a document: its text must be the document's current text. Calls of other files'
   * fund movers (`options.movers`, rare) come from a pass of their own over the whole text: region rescans skip
   * them, and the incremental scanner stays as it is when only the movers change. A file handed path constants
   * (`options.pathConstants`, `postedConstants`: one that posts another file's, or defines one posted elsewhere; few)
   * is scanned whole, as region rescans skip their uses and definitions too.
   */
  scannerFor(uri: vscode.Uri): TextScanner {
    return (text: string, options: ScanOptions) => {
      if (options.pathConstants?.length || options.postedConstants?.length) {
        // The incremental scanner would lag behind: the next incremental lint starts from a full scan.
        this.docs.delete(uri.toString());
        return scanWith(DETECTORS, text, options);
      }
      const { movers, ...rest } = options;
      const result = this.scan(uri, text, rest);
      return movers?.length ? withWrapperCalls(result, text, options) : result;
    };
  }

  /** The incremental scanner's findings of the document's current text. */
  private scan(uri: vscode.Uri, text: string, options: ScanOptions): ScanResult {
    const state = this.stateOf(uri.toString());
    const optionsKey = JSON.stringify(options);
    const pending = state.pending;
    const unknown = state.unknown;
    state.pending = [];
    state.unknown = false;
    if (!state.scan || state.optionsKey !== optionsKey) {
      state.scan = new IncrementalScan(DETECTORS, text, options);
      state.optionsKey = optionsKey;
      return state.scan.current;
    }
    const merged = unknown ? undefined : mergeChanges(pending, text);
    // No edit since the last lint (a save, a settings change): the same text gives the same findings.
    return state.scan.update(text, merged ? [merged] : []);
  }

  private stateOf(key: string): DocumentState {
    let state = this.docs.get(key);
    if (!state) this.docs.set(key, (state = { pending: [], unknown: false }));
    return state;
  }
}
