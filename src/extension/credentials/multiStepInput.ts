// VS Code's multi-step input style for the vault's wizards: one title with a step counter ("(2/5)"), a Back
// button from the second step on, and Escape cancelling the whole flow. Each step is a function that
// returns the next one; Back re-runs the previous step with what the user had entered.
import * as vscode from 'vscode';

/** Thrown by a step when the user pressed Back. */
class Back extends Error {}

/** A step of a flow; returns the next step, or undefined when the flow is complete. */
export type Step = (input: MultiStepInput) => Promise<Step | undefined>;

/** What every step shows. */
interface StepShape {
  step: number;
  totalSteps: number;
}

/** A quick pick step. */
export interface PickStep<T extends vscode.QuickPickItem> extends StepShape {
  items: readonly T[];
  active?: T;
  placeholder?: string;
}

/** An input box step; `validate` returns an error (blocks) or a warning (a second Enter accepts). */
export interface InputStep extends StepShape {
  value?: string;
  prompt?: string;
  password?: boolean;
  validate?: (value: string) => vscode.InputBoxValidationMessage | string | undefined;
}

/** Runs a flow of steps under one title. */
export class MultiStepInput {
  private readonly history: Step[] = [];

  private constructor(private readonly title: string) {}

  /** Runs the flow from `start`; resolves true when it completed, false when the user cancelled. */
  static async run(title: string, start: Step): Promise<boolean> {
    const input = new MultiStepInput(title);
    let step: Step | undefined = start;
    while (step) {
      input.history.push(step);
      try {
        step = await step(input);
      } catch (e) {
        if (!(e instanceof Back)) {
          if (e === CANCELLED) return false;
          throw e;
        }
        input.history.pop();
        step = input.history.pop();
      }
    }
    return true;
  }

  /** Shows a quick pick; resolves the picked item. */
  pick<T extends vscode.QuickPickItem>(s: PickStep<T>): Promise<T> {
    const qp = vscode.window.createQuickPick<T>();
    qp.title = this.title;
    qp.step = s.step;
    qp.totalSteps = s.totalSteps;
    qp.items = s.items;
    qp.placeholder = s.placeholder;
    qp.ignoreFocusOut = true;
    if (s.active) qp.activeItems = [s.active];
    qp.buttons = this.history.length > 1 ? [vscode.QuickInputButtons.Back] : [];
    return this.settle(qp, (resolve) => [qp.onDidAccept(() => { if (qp.selectedItems[0]) resolve(qp.selectedItems[0]); })]);
  }

  /** Shows an input box; resolves the accepted value. A warning needs a second Enter on the same value. */
  text(s: InputStep): Promise<string> {
    const box = vscode.window.createInputBox();
    box.title = this.title;
    box.step = s.step;
    box.totalSteps = s.totalSteps;
    box.value = s.value ?? '';
    box.prompt = s.prompt;
    box.password = s.password ?? false;
    box.ignoreFocusOut = true;
    box.buttons = this.history.length > 1 ? [vscode.QuickInputButtons.Back] : [];
    let warnedFor: string | undefined;
    const check = (value: string) => {
      const r = s.validate?.(value);
      return typeof r === 'string' ? { message: r, severity: vscode.InputBoxValidationSeverity.Error } : r;
    };
    return this.settle(box, (resolve) => [
      box.onDidChangeValue((v) => { box.validationMessage = check(v); }),
      box.onDidAccept(() => {
        const r = check(box.value);
        box.validationMessage = r;
        if (r?.severity === vscode.InputBoxValidationSeverity.Error) return;
        if (r?.severity === vscode.InputBoxValidationSeverity.Warning && warnedFor !== box.value) {
          warnedFor = box.value;
          return;
        }
        resolve(box.value);
      }),
    ]);
  }

  /** Shows a quick input until accepted (resolve), Back (rejects Back) or hidden (rejects CANCELLED). */
  private settle<R>(ui: vscode.QuickInput & { onDidTriggerButton: vscode.Event<vscode.QuickInputButton> }, listen: (resolve: (r: R) => void) => vscode.Disposable[]): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let done = false;
      const finish = (f: () => void) => { if (done) return; done = true; for (const d of disposables) d.dispose(); ui.dispose(); f(); };
      const disposables = [
        ...listen((r) => finish(() => resolve(r))),
        ui.onDidTriggerButton((b) => { if (b === vscode.QuickInputButtons.Back) finish(() => reject(new Back())); }),
        ui.onDidHide(() => finish(() => reject(CANCELLED))),
      ];
      ui.show();
    });
  }
}

/** The rejection of a step the user closed (Escape, focus elsewhere is ignored by ignoreFocusOut). */
const CANCELLED = Symbol('cancelled');
