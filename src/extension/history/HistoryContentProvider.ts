// `keyguard-history:` documents: a file as of a commit, read-only, read through the engine's hardened git
// runner. Only repositories this window's history scan covered are served, so a link elsewhere cannot make
// KeyGuard run git in a folder of its choosing.
import * as path from 'path';
import * as vscode from 'vscode';
import { readFileAtCommit, type Git } from '../../engine';

/** The URI scheme of files as of a commit. */
export const HISTORY_SCHEME = 'keyguard-history';

/** What a history document shows. */
export interface HistoryRef {
  root: string;
  commit: string;
  path: string;
}

/** The URI of `path` as of `commit`: the path keeps the tab's name and language; the query says where from. */
export function historyUri(ref: HistoryRef): vscode.Uri {
  return vscode.Uri.from({ scheme: HISTORY_SCHEME, path: `/${ref.path}`, query: JSON.stringify({ root: ref.root, commit: ref.commit }) });
}

/** The reference a history URI carries, or undefined when it is not one of ours. */
export function parseHistoryUri(uri: vscode.Uri): HistoryRef | undefined {
  if (uri.scheme !== HISTORY_SCHEME) return undefined;
  try {
    const q = JSON.parse(uri.query) as { root?: unknown; commit?: unknown };
    if (typeof q.root !== 'string' || typeof q.commit !== 'string') return undefined;
    return { root: q.root, commit: q.commit, path: uri.path.replace(/^\//, '') };
  } catch {
    return undefined;
  }
}

/** Serves file contents as of a commit for the repositories the history scan has covered. */
export class HistoryContentProvider implements vscode.TextDocumentContentProvider {
  private readonly roots = new Set<string>();

  constructor(private readonly git: () => Git, private readonly maxBytes: () => number) {}

  /** Lets documents of this repository be opened (called when a history scan of it starts). */
  allow(root: string): void {
    this.roots.add(path.resolve(root));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const ref = parseHistoryUri(uri);
    if (!ref || !this.roots.has(path.resolve(ref.root))) return '(KeyGuard shows files of past commits only for repositories it scanned in this window.)';
    if (!vscode.workspace.isTrusted) return '(KeyGuard runs git only in a trusted workspace.)';
    const text = await readFileAtCommit(this.git(), ref.root, ref.commit, ref.path, this.maxBytes());
    return text ?? `(${ref.path} is not in commit ${ref.commit.slice(0, 7)} as text, or is larger than keyguard.maxFileSizeKB.)`;
  }
}
