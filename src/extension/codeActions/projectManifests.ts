// Reads the dependency manifests (requirements*.txt, pyproject.toml, package.json, go.mod…) between a
// file and its workspace folder, to tell whether the project can load .env already.
import * as path from 'path';
import * as vscode from 'vscode';
import { isManifest, type LoaderEcosystem } from '../../engine';

const MAX_MANIFEST_BYTES = 512 * 1024;

/** Manifests of `eco` in the file's folder and its parents up to the workspace folder. */
export async function manifestsFor(uri: vscode.Uri, eco: LoaderEcosystem): Promise<Array<{ name: string; text: string }>> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const stop = folder ? folder.uri.fsPath : path.dirname(uri.fsPath);
  const out: Array<{ name: string; text: string }> = [];
  for (let dir = path.dirname(uri.fsPath); ; dir = path.dirname(dir)) {
    let entries: Array<[string, vscode.FileType]> = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(uri.with({ path: dir }));
    } catch {
      // An unreadable folder holds no manifest we can use.
    }
    for (const [name, type] of entries) {
      if (type !== vscode.FileType.File || !isManifest(eco, name)) continue;
      try {
        const file = uri.with({ path: path.posix.join(dir, name) });
        if ((await vscode.workspace.fs.stat(file)).size > MAX_MANIFEST_BYTES) continue;
        out.push({ name, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) });
      } catch {
        // Deleted meanwhile or unreadable: skip it.
      }
    }
    if (dir === stop || path.dirname(dir) === dir || !dir.startsWith(stop)) break;
  }
  return out;
}
