// The minimap draws the real characters in miniature, beyond the reach of decorations. While screen-share
// mode is on it renders blocks instead (`editor.minimap.renderCharacters: false`); turning the mode off puts
// the user's own value back. What to restore is kept in globalState, so a window closed while the mode was
// on still restores it next time the mode goes off.
import * as vscode from 'vscode';

const RESTORE_KEY = 'screenShare.minimapRenderCharacters';

/** What renderCharacters was at user level before the mode changed it (null: not set). */
interface Saved {
  globalValue: boolean | null;
}

/** Switches the minimap to blocks while the mode is on, and back afterwards. */
export class MinimapBlocks {
  /** Applications run one after another: the toggle and the settings event both apply the same switch. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly state: vscode.Memento) {}

  /** Applies the mode's state to the minimap setting once earlier applications are done; a no-op when nothing needs to change. */
  apply(on: boolean): Promise<void> {
    const next = this.queue.then(() => this.applyNow(on));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Applies the mode's state now. */
  private async applyNow(on: boolean): Promise<void> {
    const config = vscode.workspace.getConfiguration('editor.minimap');
    const saved = this.state.get<Saved>(RESTORE_KEY);
    if (on) {
      if (saved || config.get<boolean>('renderCharacters', true) === false) return;
      const globalValue = config.inspect<boolean>('renderCharacters')?.globalValue;
      await this.state.update(RESTORE_KEY, { globalValue: globalValue ?? null } satisfies Saved);
      await config.update('renderCharacters', false, vscode.ConfigurationTarget.Global);
    } else if (saved) {
      await config.update('renderCharacters', saved.globalValue ?? undefined, vscode.ConfigurationTarget.Global);
      await this.state.update(RESTORE_KEY, undefined);
    }
  }

  /** True while the minimap is drawn as blocks (the integration tests read it). */
  get blocks(): boolean {
    return vscode.workspace.getConfiguration('editor.minimap').get<boolean>('renderCharacters', true) === false;
  }
}
