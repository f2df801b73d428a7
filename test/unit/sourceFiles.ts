// The TypeScript files under a folder, for tests that check what the shipped sources import.
import * as fs from 'fs';
import * as path from 'path';

/** Every `.ts` file under `dir`, recursively. */
export function tsFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...tsFilesUnder(f));
    else if (f.endsWith('.ts')) files.push(f);
  }
  return files;
}
