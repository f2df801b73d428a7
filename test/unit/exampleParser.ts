import { DETECTORS, fileKindOf, scanWith, workspaceMovers, workspacePathOptions, type Example, type Mover, type PathOptions } from '../../src/engine';

/** An example with its ⟦ ⟧ markers removed and the marked spans as offsets. */
export interface ParsedExample {
  text: string;
  path?: string;
  spans: Array<[number, number]>;
  /** The fund movers of the example's other workspace files that it calls (scan option `movers`). */
  movers?: Mover[];
  /** The path constants of the workspace files it uses, and its own they post (scan options, crossfile/pathConstants.ts). */
  pathConstants?: PathOptions['pathConstants'];
  postedConstants?: PathOptions['postedConstants'];
}

/** Strips ⟦ ⟧ markers from an example and records where they were. */
export function parseExample(example: string | Example): ParsedExample {
  const raw = typeof example === 'string' ? example : example.text;
  const path = typeof example === 'string' ? undefined : example.path;
  let text = '';
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (const ch of raw) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  const workspace = typeof example === 'string' ? undefined : example.workspace;
  return { text, path, spans, ...(workspace ? { movers: moversOf(text, path ?? 'bot.py', workspace), ...pathOptionsOf(text, path ?? 'bot.py', workspace) } : {}) };
}

/** Sums up the example and its workspace files as a workspace scan does, and returns the movers the example calls. */
function moversOf(text: string, path: string, workspace: ReadonlyArray<{ path: string; text: string }>): Mover[] {
  const files = [...workspace, { path, text }].map((f) => ({ ...f, kind: fileKindOf(f.path), findings: scanWith(DETECTORS, f.text, { path: f.path }).findings }));
  return workspaceMovers(files, (f, movers) => scanWith(DETECTORS, f.text, { path: f.path, movers }).findings).get(path) ?? [];
}

/** The example's path-constant options, as a workspace scan works them out from all its files. */
function pathOptionsOf(text: string, path: string, workspace: ReadonlyArray<{ path: string; text: string }>): PathOptions {
  const files = [...workspace, { path, text }].map((f) => ({ ...f, kind: fileKindOf(f.path) }));
  return workspacePathOptions(files, (f, options) => scanWith(DETECTORS, f.text, { path: f.path, ...options }).findings).get(path) ?? {};
}
