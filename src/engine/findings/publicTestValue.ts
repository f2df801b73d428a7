// A well-known public test value (Hardhat's accounts, documented mnemonics) is information: it leaks
// nothing, but whatever is sent to it on a real network is taken at once, which the advice says.
import { isPublicTestValue } from '../judge/publicTestValues';
import type { MatchStage } from './stage';

const PUBLIC_VALUE_ADVICE = 'Fine on a local dev chain, but anything sent to it on a real network is taken at once: never fund it.';
const PUBLIC_API_KEY_ADVICE = 'A documented example value: it opens no account. Put your own key in the environment, never here.';

/** Rewrites a secret whose value is a public test value: information, its own message and advice, flagged. */
export const publicTestValueStage: MatchStage = ({ finding, detector }, { text }) => {
  if (finding.category !== 'secret' || !isPublicTestValue(text.slice(finding.range.start, finding.range.end))) return true;
  finding.severity = 'info';
  finding.message = `${detector.title} ${finding.masked} is a well-known public test value.`;
  finding.advice = finding.role === 'api-key' || finding.role === 'api-secret' ? PUBLIC_API_KEY_ADVICE : PUBLIC_VALUE_ADVICE;
  finding.publicTestValue = true;
  return true;
};
