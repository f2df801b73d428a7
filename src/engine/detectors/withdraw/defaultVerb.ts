// A request helper defined in the file with a default verb (`private function query($endpoint, $data = array(),
// $type = 'GET')`, `def _request(self, path, params=None, method="GET")`): a call that leaves the verb out makes a GET
// (`$this->query("/withdraws")` lists withdrawals), whatever verb a neighbouring call spells.
import { callArguments } from '../../judge/callArguments';
import { TextMemo } from '../../judge/textMemo';

/** A parameter named for the verb, with a verb literal as its default (`$type = 'GET'`, `method: str = "POST"`). */
const VERB_PARAM = /^(?:[A-Za-z_][\w.<>[\]]*[ \t]+)?[$]?(method|type|verb|http_method|httpMethod|request_method|requestMethod|request_type|requestType)[ \t]*(?::[^=,]{0,40})?=[ \t]*["'](GET|POST|PUT|DELETE|PATCH|get|post|put|delete|patch)["']$/;
/** A receiver parameter that a method call does not pass (Python's `self`, `cls`). */
const RECEIVER = /^(?:self|cls)$/;

interface VerbDefault { readonly index: number; readonly param: string; readonly verb: string }
/** Per text and helper name: where its verb parameter sits and its default (null: no such helper here). */
const DEFAULTS = new TextMemo<VerbDefault | null>();

/** The verb parameter of the helper `name` defined in the text, if it has a default. */
function verbDefault(text: string, name: string): VerbDefault | null {
  return DEFAULTS.get(text, name, () => {
    const m = new RegExp(String.raw`(?:\bfunction|\bdef|\bfunc|\bfn)[ \t]+${name.replace(/\$/g, '\\$')}[ \t]*\(`).exec(text);
    if (!m) return null;
    const params = callArguments(text, m.index + m[0].length - 1);
    const shift = params.length && RECEIVER.test(params[0]) ? 1 : 0;
    for (let i = shift; i < params.length; i++) {
      const p = VERB_PARAM.exec(params[i]);
      if (p) return { index: i - shift, param: p[1], verb: p[2].toLowerCase() };
    }
    return null;
  });
}

/**
 * The default verb a call of a local helper makes (lower case) when the call, opened before `at` within 300
 * characters, passes neither that argument's position nor its name; undefined otherwise.
 */
export function defaultVerbOfCall(text: string, at: number, name: string): string | undefined {
  if (!/^[$A-Za-z_][\w$]{0,60}$/.test(name)) return undefined;
  const d = verbDefault(text, name);
  if (!d) return undefined;
  const base = Math.max(0, at - 300);
  const i = text.slice(base, at).lastIndexOf(name);
  const paren = i === -1 ? undefined : /^[ \t]*\(/.exec(text.slice(base + i + name.length, at));
  if (!paren) return undefined;
  const args = callArguments(text, base + i + name.length + paren[0].length - 1);
  if (args.length > d.index || args.some((a) => new RegExp(String.raw`^[$]?${d.param}[ \t]*[:=]`).test(a))) return undefined;
  return d.verb;
}
