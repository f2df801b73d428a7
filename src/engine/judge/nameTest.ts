// Which names a pattern's name tests accept. Object paths (`self.api_key`, `this.apiKey`, `config.key_id`,
// `binance.api.key`) are judged by their whole text or by their last part, so one written as an attribute
// is named like the variable it stands for.
import type { PatternSpec } from '../defineDetector';

/** True when a pattern accepts a name: its name test matches, and its notName test does not. */
export function acceptsName(p: Pick<PatternSpec, 'name' | 'notName'>, name: string): boolean {
  if (!p.name) return true;
  if (p.name.test(name) && !p.notName?.test(name)) return true;
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return false;
  const last = name.slice(dot + 1);
  return p.name.test(last) && !p.notName?.test(last);
}
