// SARIF rule descriptors: what GitHub code scanning shows next to an alert. GitHub's ingestion rules
// (Multitool GH2012) want fullDescription and help on every rule; security-severity and tags rank it.
import { DETECTORS, GITIGNORE_RULES, docsUrl, type Severity } from '../engine';

/** What a rule descriptor is built from: a detector, an env-guard rule, or only a finding's id and title. */
interface RuleSource {
  id: string;
  title: string;
  severity: Severity;
  /** A detector's message template (`{masked}`, `{exchange}`, `{name}` filled in per finding). */
  message?: string;
  /** An env-guard rule's one-sentence reason. */
  description?: string;
  /** Why it is dangerous (detectors). */
  risk?: string;
  /** How to fix it, in the service's terms. */
  advice?: string;
}

/** Why a category matters, for the help text of each of its rules. */
const WHY: Record<string, string> = {
  secret:
    'A credential written into the code: anyone who can read the file, a clone, a fork or the git history can use it. ' +
    'Load it from an environment variable or the OS keychain instead, and revoke it on the service if the file was ever shared or committed: ' +
    'deleting it from the code does not un-leak it.',
  withdraw:
    'Code that moves funds off an exchange account: the API key it runs with needs withdrawal or transfer permission, ' +
    'which a trading-bot key should never have.',
  gitignore: 'Env files hold the keys a bot runs with; git must never carry them, and every clone keeps what was committed once.',
};

/** GitHub's security-severity (9.0+ critical, 7.0+ high, 4.0+ medium, below low) by category and level. */
const SCORE: Record<string, Record<Severity, string>> = {
  secret: { error: '9.1', warning: '6.5', info: '3.0', hint: '1.0' },
  gitignore: { error: '8.0', warning: '5.0', info: '2.0', hint: '1.0' },
  withdraw: { error: '7.0', warning: '5.0', info: '2.0', hint: '1.0' },
};

/** SARIF level of a KeyGuard severity. */
export const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Every known rule, detectors first, then the env guard's. */
export function knownRules(): RuleSource[] {
  return [...DETECTORS, ...GITIGNORE_RULES];
}

/** One SARIF reportingDescriptor. */
export function ruleDescriptor(r: RuleSource) {
  const category = r.id.slice(0, r.id.indexOf('/'));
  const why = WHY[category] ?? 'A KeyGuard finding: see the rule documentation.';
  const shape = r.message ? messageShape(r.message) : undefined;
  const full = shape ?? r.description ?? `${r.title}. ${why}`;
  const url = docsUrl(r.id);
  // The finding's own message (in the alert) already names the service and its key page; help says why.
  const reason = r.risk ?? r.description ?? why;
  const fix = r.advice?.replace(/\{exchange\}/g, 'the service');
  const textParts = [`${r.title}.`, reason, ...(fix ? [fix] : []), `Documentation: ${url}`];
  const mdParts = [`**${escapeMarkdown(r.title)}**`, escapeMarkdown(reason), ...(fix ? [escapeMarkdown(fix)] : []), `[Rule documentation](${url})`];
  return {
    id: r.id,
    name: r.id.replace(/(?:^|[/-])(\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: full },
    help: { text: textParts.join('\n\n'), markdown: mdParts.join('\n\n') },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      category,
      tags: ['security', category],
      'security-severity': (SCORE[category] ?? SCORE.secret)[r.severity],
    },
  };
}

/** A message template with its per-finding parts shown as placeholders (`…` for the masked value). */
function messageShape(template: string): string {
  return template.replace(/\{masked\}/g, '…').replace(/\{exchange\}/g, '‹exchange›').replace(/\{name\}/g, '‹name›');
}

/** Text that Markdown shows verbatim. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
