import * as vscode from 'vscode';
import { nodeFs, type Fs } from '../../engine';

/**
 * The disk as the env guard reads it, except that an open, edited `.gitignore` counts with its unsaved
 * text: a quick fix's effect shows at once, before the user saves.
 */
export const editorFs: Fs = {
  async readFile(path, limits) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === path && d.isDirty);
    // The limits (size cap, regular files only, no link out of the workspace) guard every read from disk.
    return doc ? doc.getText() : nodeFs.readFile(path, limits);
  },
  exists: (path) => nodeFs.exists(path),
  list: (dir) => nodeFs.list(dir),
};
