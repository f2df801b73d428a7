import * as vscode from 'vscode';

/** What a hidden value shows instead: the same fixed mask whatever the value's length or content. */
export const MASK_TEXT = '••••••••';

/**
 * The decoration that hides a value without touching the text. The value's glyphs are made transparent
 * (not removed: `display: none`, zero opacity or negative letter spacing break cursor placement, and
 * VS Code measures columns on the rendered text), so the cursor, selections and the width of the line stay
 * those of the real text and nothing jumps while typing around it; a fixed mask before it says "hidden".
 * It has no hover message, so hovering shows nothing of the value.
 */
export const MASK_DECORATION_OPTIONS: vscode.DecorationRenderOptions = {
  color: 'transparent',
  backgroundColor: new vscode.ThemeColor('editorInlayHint.background'),
  borderRadius: '2px',
  before: {
    contentText: MASK_TEXT,
    color: new vscode.ThemeColor('editorInlayHint.foreground'),
    backgroundColor: new vscode.ThemeColor('editorInlayHint.background'),
  },
  // Typing at either edge of a value grows the hidden span, so a half-typed key is never shown.
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
};

/** Creates the mask decoration type (one per extension). */
export function createMaskDecoration(): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType(MASK_DECORATION_OPTIONS);
}
