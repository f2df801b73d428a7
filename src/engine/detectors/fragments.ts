// Regex fragments shared by detectors. Every quantifier is bounded or runs over a disjoint class,
// so no composition of them backtracks catastrophically (the unit tests check each pattern).
import type { FileKind } from '../types';

/** A quote, possibly JSON-escaped as inside notebooks and JSON strings (`\"`). */
export const Q = String.raw`\\?["'\`]`;
/** An optional quote. */
export const OQ = String.raw`(?:\\?["'\`])?`;
/**
 * `setenv("NAME", "value")`, `os.getenv("NAME", "fallback")`, `ENV.fetch('NAME', 'x')`, `props.put("name", "x")`,
 * `System.setProperty("name", "x")`, PHP's `define('NAME', 'x')`: a quoted name, a comma,
 * then the value. Only after these calls: elsewhere `"a", "b"` is a list, not an assignment.
 */
export const ENV_CALL_NAME = String.raw`(?<![A-Za-z0-9_])(?:setenv|setdefault|putenv|Setenv|SetEnvironmentVariable|getenv|Getenv|get|fetch|env|put|set|setProperty|define)\([ \t]{0,10}\\?["'](?<name>[A-Za-z0-9_.-]{1,60})\\?["'][ \t]{0,10},[ \t]{0,10}`;
/** `process.env.NAME || "fallback"`, `process.env.NAME ?? 'x'`: the fallback literal is a hard-coded value. */
export const ENV_FALLBACK_NAME = String.raw`(?<![A-Za-z0-9_$])process\.env\.(?<name>[A-Za-z0-9_]{1,60})[ \t]*(?:\|\||\?\?)[ \t]*`;
/**
 * `os.environ.get("NAME") or "fallback"`, `os.getenv("NAME") or …` (Python), `getenv('NAME') ?: …`,
 * `$_ENV['NAME'] ?? …` (PHP), `ENV['NAME'] || …` (Ruby), `env::var("NAME").unwrap_or_else(|_| …)` (Rust):
 * the fallback literal is a hard-coded value.
 */
export const ENV_OR_NAME = String.raw`(?:(?<![A-Za-z0-9_])(?:os\.environ\.get|os\.getenv|getenv|env::var)\(|(?:\$_ENV|\$_SERVER|(?<![A-Za-z0-9_])ENV|os\.environ)\[)[ \t]{0,10}\\?["'](?<name>[A-Za-z0-9_.-]{1,60})\\?["'][ \t]{0,10}[)\]][ \t]*(?:or|\?:|\?\?|\|\||\.unwrap_or\(|\.unwrap_or_else\(\|_\|)[ \t]*`;
/**
 * Setters and builders: `spec.setApiKey("…")`, `.set_secret("…")`, `.withApiSecret("…")`: the name is the
 * property's. One argument only: `setProperty("name", "value")` and `setdefault(…)` name by their first.
 */
export const SETTER_NAME = String.raw`\.(?:set|with)_?(?<name>[A-Za-z][A-Za-z0-9_]{1,40})[ \t]*\([ \t]{0,10}(?![^,()\n]{0,200},)`;
/** Command-line flags: `--api-key VALUE`, `--private-key=0x…` (shell scripts, CI steps, forge/cast). */
export const FLAG_NAME = String.raw`(?<![A-Za-z0-9_-])--(?<name>[A-Za-z][A-Za-z0-9_-]{1,40})(?:[ \t]+|=)`;
/**
 * Before a quoted value: a single-dash parameter (PowerShell's `-Password 'x'`, `tool -token "x"`) or a macro
 * (C's `#define NAME "x"`, RPM spec and NASM's `%define`/`%global NAME "x"`). Only before a quote: an unquoted
 * word after `-name` is as often the next argument as a value. One form without lookbehind: the two forms with
 * lookbehinds doubled the ReDoS check's time on the site regex (`--name` also matches here at its second dash;
 * the first site's value hides the second).
 */
export const PARAM_OR_MACRO_NAME = String.raw`(?:-|[#%](?:define|global)[ \t]{1,4})(?<name>[A-Za-z_][A-Za-z0-9_]{0,59})[ \t]{1,4}(?=\\?["'])`;
/** A header's separator from its value, also a recorded YAML header's list item on the next line (`X-Key:\n  - value`, VCR's form). */
export const HEADER_SEP = String.raw`[ \t]*[:,=](?:[ \t]*\r?\n[ \t]*-)?[ \t]*`;
/** Optional string prefixes (Python r/b/u/f, C# @/$, Java/JS `new String(`). */
export const PREFIX = String.raw`(?:[rbufRBUF]{1,2}|@|\$)?`;
/** The value ends here: no further character of a token. */
export const END = String.raw`(?![A-Za-z0-9_+/=-])`;

/** `: string`, `: str`, `: &str`, `: Optional[str]` between a name and `=` (TypeScript, Python hints, Kotlin, Rust). */
// Not after PowerShell's `$env`: in `$env:API_SECRET = …` the name is API_SECRET, not a variable `env` of type API_SECRET.
const TYPE_ANNOTATION = String.raw`(?:[ \t]{0,4}(?<!\$env):[ \t]{0,4}&?[A-Za-z_][A-Za-z0-9_.<>\[\]]{0,40})?`;

/** Go's `var name string = …`: a type after the name (only these: a bare word there is a name elsewhere). */
const GO_TYPE = String.raw`(?:[ \t]{1,4}(?:string|\[\]byte))?`;
/**
 * Assignment operators: `=`, `:` and `:=`, Makefile's `?=`, `::=`, `:::=` and `+=`, PHP's `.=`, `??=`,
 * Ruby's `||=`, PHP/Ruby/logstash `=>`, R's `<-` (not `==`, `!=`, `<=`, `>=`: the name test needs a name
 * right before the operator).
 */
const ASSIGN_OP = String.raw`(?::{1,3}=|\?\??=|\|\|=|\.=|\+=|=>|<-|[=:](?!=))`;

/**
 * `NAME = `, `"NAME": `, `NAME := `, `'NAME' => `, `name <- ` (R), `$name = ` (PHP, Perl, PowerShell), with the name captured as
 * `name`. The regex starts at the operator and reads the name backwards in a lookbehind: V8 then tries a
 * match only at operator characters instead of at every identifier, which makes name-based patterns ~20× faster.
 */
// The match starts at `=`, `:` or `<` only (the last character of the longer operators, read back in the
// lookbehind): more start characters (`.`, `?`, `|`, `+`) made V8 try every member access.
export const NAMED_ASSIGN = String.raw`(?::=|=>|<-|[=:](?!=))(?<=(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{1,60})\\?["'\`]?\]?${GO_TYPE}${TYPE_ANNOTATION}[ \t]{0,20}${ASSIGN_OP.replace('(?!=)', '')})[ \t]*`;

/**
 * Any call, its name (`name`, with Java's or TypeScript's type arguments) read back from its `(` in a lookbehind, as
 * NAMED_ASSIGN reads names: V8 then tries a match only at `(`, not at every identifier (faster alone, the same names
 * at the same offsets; the rules' judges cost more than the regex). The call-shaped rules share it.
 */
export const ANY_CALL = String.raw`\((?<=(?<![A-Za-z0-9_$])(?<name>[A-Za-z_$][\w$]{0,60})(?:<[^<>()\n]{0,60}>)?[ \t]*\()`;

/**
 * Calls that name a value, found together with `NAMED_ASSIGN` as assignment sites: env lookups with
 * fallbacks, env and property setters, builders, command-line flags, macros. None starts with an operator character,
 * so a site of one kind never starts where one of the other does.
 */
export const NAMED_CALLS: readonly string[] = [ENV_CALL_NAME, ENV_FALLBACK_NAME, ENV_OR_NAME, SETTER_NAME, FLAG_NAME, PARAM_OR_MACRO_NAME];

/** All site forms as one alternation, each form's name group renamed by `group(i)` (JS allows no duplicate names). */
export function siteForms(group: (i: number) => string): string {
  const forms = [NAMED_ASSIGN, ...NAMED_CALLS].map((f, i) => f.replace('(?<name>', group(i)));
  return `(?:${forms.join('|')})`;
}

/** Builds a detector regex with the flags the scanner needs (`g` global, `d` indices). */
export function rx(source: string, flags = ''): RegExp {
  return new RegExp(source, `gd${flags}`);
}

/**
 * A name-assignment pattern: an assignment or a naming call (`NAMED_ASSIGN`, `NAMED_CALLS`) then `value`
 * (which must not span lines). `re` is the whole shape (for the ReDoS check, the docs and the tests; its
 * name groups are `name0`…`name5`); the scanner finds the sites of a file once and runs only the sticky
 * `afterAssign` part, right after the sites whose name the pattern accepts.
 */
export function assigned(value: string, flags = ''): { re: RegExp; afterAssign: RegExp } {
  return { re: rx(siteForms((i) => `(?<name${i}>`) + value, flags), afterAssign: new RegExp(value, `yd${flags}`) };
}

/** Config formats and shell scripts, where a bare word after `=` or `:` is a value, not a variable. */
export const CONFIG_KINDS: readonly FileKind[] = ['env', 'yaml', 'toml', 'ini', 'shell', 'dockerfile'];
/** Where a whole `NAME=value` line is a setting: config formats and plain text (Makefiles, notes, `keys.txt`). */
export const BARE_LINE_KINDS: readonly FileKind[] = [...CONFIG_KINDS, 'text'];

/**
 * A whole unquoted `NAME=value`, `name: value`, `NAME ?= value` (Makefile) line, optionally `export`ed, a
 * Dockerfile `ENV` or a YAML list item, with a trailing comment; the name in `name`, the value in `v`.
 */
export function bareLine(value: string): string {
  return String.raw`^[ \t]*(?:export[ \t]+|ENV[ \t]+|-[ \t]+)?(?<name>[A-Za-z0-9_.-]{1,60})[ \t]*(?:[?+]=|:{1,3}=|[=:])[ \t]*(?<v>${value})[ \t]*(?:#[^\n]*)?\r?$`;
}

/** `NAME=value` as a line of a config file held in a JSON string: `{"app.env": "API_SECRET=…\\nDEBUG=1"}`. */
export function embeddedLine(value: string): string {
  return String.raw`(?:"|\\n)(?<name>[A-Za-z_][A-Za-z0-9_.]{0,59})=(?<v>${value})(?=\\[nr]|")`;
}

/**
 * XML settings: `<add key="Name" value="…"/>` (.NET appSettings), `<entry name="Name" value="…"/>`, and
 * elements `<name>…</name>` whose value may sit on a line of its own.
 */
export function xmlForms(value: string): string[] {
  // XML text never holds a bare `<`: a value class without it cannot run into the closing tag, which keeps the
  // element form provably linear (a passphrase's `[^\s"'…]{6,64}` alone made the ReDoS check time out).
  const v = value.startsWith('[^') ? `[^<${value.slice(2)}` : value;
  return [
    String.raw`(?<![A-Za-z0-9_-])(?:key|name)[ \t]*=[ \t]*["'](?<name>[A-Za-z0-9_.:-]{1,60})["'][ \t\r\n]{1,20}value[ \t]*=[ \t]*["'](?<v>${v})["']`,
    String.raw`<(?<name>[A-Za-z0-9_.:-]{1,60})>[ \t]*(?:\r?\n[ \t]{0,40})?(?<v>${v})[ \t]*(?:\r?\n[ \t]{0,40})?</\k<name>>`,
  ];
}

/** Lines an XML form may run past its name's line (the value, then the closing tag): its keyword window's context. */
export const XML_LINES_AFTER = 2;
