// The editor's workspace index of fund movers, so a file that calls another file's send helper gets
// withdraw/wrapper-call as `keyguard scan` gives it (cli/crossFilePass.ts). Every diagnosis feeds it (open documents,
// the workspace scan, files changed on disk) from findings already made; the engine's MoverIndex (one per folder)
// keeps the summaries. When mover names are added, the other files get the CLI's second look (their texts read
// again); then the files whose callees changed are diagnosed again, and the functions calling a mover become
// movers in turn, up to the CLI's three layers. A settle reads a file once: the texts its second look read are
// kept for the re-diagnosis of the few that call a mover's name. Untrusted: open documents only. The same settle
// keeps the folder's path constants (engine PathIndex): a file that posts another file's withdrawal path constant, and
// the file defining it, get withdraw/rest-endpoint as the CLI gives them (cli/pathConstantPass.ts).
import * as path from 'path';
import * as vscode from 'vscode';
import { MoverIndex, PathIndex, readTextFileAsync, scannableTextAsync, type Finding, type Mover, type PathOptions } from '../../engine';
import { readConfig } from '../config';
import { log } from '../log';

/** What the index asks of the diagnostics it feeds: lint an open document, or a file's text read from disk. */
export interface Rediagnose {
  lint(doc: vscode.TextDocument): Promise<void>;
  lintFile(uri: vscode.Uri, text: string): Promise<unknown>;
}

/** One workspace folder's index, and the files of it a workspace scan covered (closed, they may be read again). */
interface FolderIndex {
  folder: vscode.WorkspaceFolder;
  index: MoverIndex;
  paths: PathIndex;
  covered: Set<string>;
}

// Reads in flight at once during a second look, as in the workspace scan.
const READ_CONCURRENCY = 8;

/** Fund movers of the workspace's files: what each file defines and calls, and which movers a file calls. */
export class FundMoverIndex implements vscode.Disposable {
  private readonly folders = new Map<string, FolderIndex>();
  /** Scans under way: a settle waits for their end (one settle after 5,000 files, not one per file). */
  private holds = 0;
  private dirty = false;
  private running: Promise<void> | undefined;

  constructor(private readonly controller: Rediagnose) {}

  /** The other files' movers a file calls (undefined for most files). */
  moversFor(uri: vscode.Uri): Mover[] | undefined {
    const at = locate(uri);
    return at && this.folders.get(at.folder.uri.toString())?.index.moversFor(at.rel);
  }

  /** The path-constant scan options of a file: the linked constants it uses, its own others post (undefined for most files). */
  pathOptionsFor(uri: vscode.Uri): PathOptions | undefined {
    const at = locate(uri);
    return at && this.folders.get(at.folder.uri.toString())?.paths.optionsFor(at.rel);
  }

  /** Records a diagnosed text and its scan's own findings; `fromDisk` for a file a workspace scan read. */
  record(uri: vscode.Uri, text: string, scanned: readonly Finding[], fromDisk: boolean): void {
    const at = locate(uri);
    if (!at) return;
    const f = this.folderIndex(at.folder);
    if (fromDisk) f.covered.add(at.rel);
    const moved = f.index.setFile(at.rel, text, scanned);
    if (f.paths.setFile(at.rel, text, scanned) || moved) this.schedule();
  }

  /** Notes that a workspace scan covers a file it diagnosed from its open document: once closed, it is read from disk. */
  covers(uri: vscode.Uri): void {
    const at = locate(uri);
    if (at) this.folderIndex(at.folder).covered.add(at.rel);
  }

  /** Forgets a file no longer scanned (deleted, skipped); with `subtree`, every file under a deleted folder. */
  forget(uri: vscode.Uri, subtree = false): void {
    const at = locate(uri);
    const f = at && this.folders.get(at.folder.uri.toString());
    if (!at || !f || (!subtree && !f.index.has(at.rel) && !f.paths.has(at.rel))) return;
    for (const rel of [...f.covered]) if (rel === at.rel || (subtree && rel.startsWith(`${at.rel}/`))) f.covered.delete(rel);
    f.index.delete(at.rel, subtree);
    f.paths.delete(at.rel, subtree);
    this.schedule();
  }

  /** Holds settling while a scan runs; the returned function ends the hold (once). */
  hold(): () => void {
    this.holds++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds--;
      if (this.dirty) this.schedule();
    };
  }

  /** Resolves once the index has settled and the files it re-diagnosed are published (tests wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Settles soon (after the current lint returns), unless a scan holds it or a settle is under way. */
  private schedule(): void {
    this.dirty = true;
    if (this.holds > 0 || this.running) return;
    this.running = Promise.resolve()
      .then(() => this.run())
      .catch((e) => log().error(`the fund-mover index could not settle: ${(e as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.dirty && this.holds === 0) this.schedule();
      });
  }

  /** Second looks, then re-diagnoses the files whose callees changed, until nothing changes. */
  private async run(): Promise<void> {
    while (this.dirty && this.holds === 0) {
      this.dirty = false;
      for (const f of [...this.folders.values()]) {
        const texts = new Map<string, string>();
        // A file found unreadable is dropped, which drops names only (nothing new to look for): one round, rarely two.
        for (let round = 0; round < 3 && stale(f).length; round++) await this.secondLook(f, stale(f), texts);
        const changed = [...new Set([...f.paths.settle(), ...f.index.settle()])];
        if (changed.length) await this.rediagnose(f, changed, texts);
      }
    }
  }

  /**
   * Where stale files use the current names: open documents from their text, scanned files read again (kept in
   * `texts` when the settle may re-diagnose them).
   */
  private async secondLook(f: FolderIndex, stale: string[], texts: Map<string, string>): Promise<void> {
    const config = readConfig(f.folder.uri);
    const open = openDocuments();
    let next = 0;
    const worker = async () => {
      while (next < stale.length) {
        const rel = stale[next++];
        const uri = vscode.Uri.joinPath(f.folder.uri, rel);
        const doc = open.get(uri.toString());
        if (doc) {
          look(f, rel, doc.getText());
          continue;
        }
        const known = texts.get(rel);
        if (known !== undefined) {
          look(f, rel, known);
          continue;
        }
        // Restricted mode reads no file nobody opened; a closed document the scan never read is not known either.
        const read = vscode.workspace.isTrusted && f.covered.has(rel)
          ? await scannableTextAsync(rel, () => readTextFileAsync(uri.fsPath, config.maxFileSizeKB * 1024), config.scanGeneratedFiles)
          : undefined;
        if (read && 'text' in read) {
          look(f, rel, read.text);
          if (f.index.mayChange(rel) || f.paths.mayChange(rel)) texts.set(rel, read.text);
        } else {
          f.index.delete(rel);
          f.paths.delete(rel);
          f.covered.delete(rel);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, stale.length) }, worker));
  }

  /**
   * Diagnoses files again with their new callees: open documents, and files a workspace scan read (when trusted),
   * from the text this settle's second look read when it read one.
   */
  private async rediagnose(f: FolderIndex, rels: string[], texts: ReadonlyMap<string, string>): Promise<void> {
    const open = openDocuments();
    const config = readConfig(f.folder.uri);
    for (const rel of rels) {
      const uri = vscode.Uri.joinPath(f.folder.uri, rel);
      const doc = open.get(uri.toString());
      if (doc) {
        await this.controller.lint(doc);
        continue;
      }
      if (!vscode.workspace.isTrusted || !f.covered.has(rel)) continue;
      const known = texts.get(rel);
      if (known !== undefined) {
        await this.controller.lintFile(uri, known);
        continue;
      }
      // The same bounded read as the workspace scan's; a file now unreadable keeps its last diagnostics.
      const read = await scannableTextAsync(rel, () => readTextFileAsync(uri.fsPath, config.maxFileSizeKB * 1024), config.scanGeneratedFiles);
      if ('text' in read) await this.controller.lintFile(uri, read.text);
    }
    log().info(`fund movers and path constants: ${rels.length} file(s) call or post another file's withdrawal or send differently now`);
  }

  /** The index of a workspace folder, made on first use. */
  private folderIndex(folder: vscode.WorkspaceFolder): FolderIndex {
    const key = folder.uri.toString();
    let f = this.folders.get(key);
    if (!f) this.folders.set(key, (f = { folder, index: new MoverIndex(), paths: new PathIndex(), covered: new Set() }));
    return f;
  }

  dispose(): void {
    this.folders.clear();
  }
}

/** The files of a folder either index needs a second look at. */
function stale(f: FolderIndex): string[] {
  return [...new Set([...f.index.stale(), ...f.paths.stale()])];
}

/** The second look at one file's text, for each index that knows it. */
function look(f: FolderIndex, rel: string, text: string): void {
  f.index.setUses(rel, text);
  f.paths.setUses(rel, text);
}

/** A file's workspace folder and its `/`-separated path in it (files outside a local folder are not indexed). */
function locate(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; rel: string } | undefined {
  if (uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  const rel = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  return rel && !rel.startsWith('..') ? { folder, rel } : undefined;
}

/** Open documents by uri. */
function openDocuments(): Map<string, vscode.TextDocument> {
  return new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => [d.uri.toString(), d]));
}
