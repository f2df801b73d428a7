// Whether "Move to .env" may write into the folder's .env: never into a file git already tracks (the
// values would be committed, whatever .gitignore says) and never through a link or into something that
// is not a plain file (the values would land wherever the link points).

/** What the extension found at the .env path. */
export interface EnvTargetFacts {
  /** Something exists at the path (a file, link, folder, FIFO…). */
  exists: boolean;
  /** The path itself is a symbolic link (not followed). */
  symlink: boolean;
  /** A regular file (after the link check). */
  regularFile: boolean;
  /** git has the path in its index; undefined when git could not say (no repository, untrusted, no git). */
  tracked: boolean | undefined;
}

/** Why the move must not write to .env, and whether "Stop tracking" would resolve it. */
export interface EnvTargetRefusal {
  reason: 'tracked' | 'symlink' | 'not-a-file';
  message: string;
  offerStopTracking: boolean;
}

/** The refusal for a .env target, or undefined when KeyGuard may append to it (or create it). */
export function envTargetRefusal(name: string, facts: EnvTargetFacts): EnvTargetRefusal | undefined {
  if (!facts.exists) return undefined;
  if (facts.symlink) {
    return { reason: 'symlink', offerStopTracking: false, message: `${name} is a symbolic link: KeyGuard does not write secrets through a link, which could point anywhere (even into another repository). Replace it with a plain file, then run the fix again.` };
  }
  if (!facts.regularFile) {
    return { reason: 'not-a-file', offerStopTracking: false, message: `${name} is not a plain file: KeyGuard cannot write the secret there.` };
  }
  if (facts.tracked) {
    return { reason: 'tracked', offerStopTracking: true, message: `git tracks ${name}: a secret written there would be committed with it, whatever .gitignore says. Stop tracking it first (the file stays on disk), then run the fix again.` };
  }
  return undefined;
}
