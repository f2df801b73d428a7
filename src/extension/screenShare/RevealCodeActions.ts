import * as vscode from 'vscode';
import { argAllowed, ownArg } from '../commandArgs';
import { CommandIds } from '../commandIds';
import { REVEAL_MS, type ScreenShareMode } from './ScreenShareMode';

/** What the reveal command acts on: one masked span of one document. */
export interface RevealArgs {
  uri: vscode.Uri;
  line: number;
  start: number;
  end: number;
}

/** Offers "Reveal for 10 seconds" on a masked value while screen-share mode is on, and nowhere else. */
export class RevealCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly mode: ScreenShareMode) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const span = this.mode.spanAt(doc, range.start);
    if (!span) return [];
    const action = new vscode.CodeAction(`Reveal for ${REVEAL_MS / 1000} seconds`, vscode.CodeActionKind.QuickFix);
    action.command = {
      command: CommandIds.revealValue, title: action.title,
      arguments: [ownArg<RevealArgs>({ uri: doc.uri, line: span.line, start: span.start, end: span.end })],
    };
    return [action];
  }
}

/** Asks before showing a value; the integration tests replace it (a modal cannot be clicked from a test). */
export const revealConfirmation = {
  ask: async (): Promise<boolean> => {
    const choice = await vscode.window.showWarningMessage(
      `Show this value for ${REVEAL_MS / 1000} seconds?`,
      { modal: true, detail: 'Screen-share mode is on: anyone watching your screen will see it.' },
      'Reveal',
    );
    return choice === 'Reveal';
  },
};

/** The reveal command: confirms, then unmasks the span's value for REVEAL_MS. */
export async function revealValueCommand(mode: ScreenShareMode, args?: RevealArgs): Promise<boolean> {
  if (!args || !argAllowed(args, 'Reveal for 10 seconds') || !mode.enabled) return false;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri.toString());
  if (!doc || args.line >= doc.lineCount) return false;
  const value = doc.lineAt(args.line).text.slice(args.start, args.end);
  if (!value || !(await revealConfirmation.ask())) return false;
  mode.reveal(doc, value);
  return true;
}
