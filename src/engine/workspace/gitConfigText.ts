// Just enough of git's config syntax to find a value when the git binary is missing.

/** The last value of `section.key` in a git config text (section and key case-insensitive), unquoted. */
export function gitConfigValue(text: string, section: string, key: string): string | undefined {
  let current = '';
  let value: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"[^"]*")?\s*\]/.exec(line);
    if (header) {
      current = header[1].toLowerCase();
      continue;
    }
    if (current !== section.toLowerCase()) continue;
    const eq = line.indexOf('=');
    const name = (eq === -1 ? line : line.slice(0, eq)).trim().toLowerCase();
    if (name !== key.toLowerCase()) continue;
    value = eq === -1 ? 'true' : unquote(line.slice(eq + 1).trim());
  }
  return value;
}

/** Removes a trailing comment and surrounding double quotes, and resolves `\"` and `\\`. */
function unquote(v: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const ch = v[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\' && i + 1 < v.length) out += v[++i] === 't' ? '\t' : v[i] === 'n' ? '\n' : v[i];
    else if ((ch === '#' || ch === ';') && !quoted) break;
    else out += ch;
  }
  return out.trim();
}

/** Git's boolean spellings. */
export function gitBool(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(s)) return true;
  if (['false', 'no', 'off', '0', ''].includes(s)) return false;
  return undefined;
}
