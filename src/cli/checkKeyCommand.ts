// `keyguard check-key`: credentials from the environment, the verdict in plain words or JSON.
import { mask, printable } from '../engine';
import { checkKey } from '../exchanges/checkKey';
import { KeyCheckError } from '../exchanges/credentials';
import { exchangeById } from '../exchanges/registry';
import { ExchangeRequestError } from '../exchanges/http';
import { guidanceLabel, type Level } from '../exchanges/verdict';
import type { CheckKeyArgs } from './args';

/** Test-only switch: lets `--base-url` name a loopback mock exchange. Never set it outside KeyGuard's tests. */
export const TEST_LOOPBACK_ENV = 'KEYGUARD_TEST_LOOPBACK';

/**
 * True when the test switch is set and this is not a shipped build: esbuild defines KEYGUARD_TEST_BUILD
 * false in production bundles (npm package, pre-commit install), so there the switch is compiled out; the
 * tsc-built tests leave it undefined.
 */
export function loopbackAllowed(env: NodeJS.ProcessEnv): boolean {
  const testBuild = typeof KEYGUARD_TEST_BUILD === 'undefined' || KEYGUARD_TEST_BUILD;
  return testBuild && env[TEST_LOOPBACK_ENV] === '1';
}

const MARK: Record<Level, string> = { critical: '✖ CRITICAL', warning: '⚠ WARNING ', note: 'ℹ note    ', ok: '✔ ok      ' };

/** Runs a key check; returns the exit code and what to print. Never prints the key or secret in full. */
export async function runCheckKey(args: CheckKeyArgs, env: NodeJS.ProcessEnv): Promise<{ exitCode: 0 | 1 | 2; stdout: string; stderr: string }> {
  const apiKey = env[args.keyEnv];
  const secret = env[args.secretEnv];
  const passphrase = args.passphraseEnv ? env[args.passphraseEnv] : undefined;
  const missing = [!apiKey && args.keyEnv, !secret && args.secretEnv, !!args.passphraseEnv && !passphrase && args.passphraseEnv].filter(Boolean);
  if (missing.length) return { exitCode: 2, stdout: '', stderr: `keyguard: set ${printable(missing.join(' and '))} in the environment (or name other variables with --key-env / --secret-env)\n` };
  try {
    const result = await checkKey(args.exchange, { apiKey: apiKey!, secret: secret!, passphrase }, { baseUrl: args.baseUrl, rotationDays: args.rotationDays, allowLoopback: loopbackAllowed(env) });
    const exitCode = result.verdict.level === 'critical' ? 1 : 0;
    const { sendsSecret } = exchangeById(args.exchange);
    if (args.format === 'json') {
      return { exitCode, stdout: JSON.stringify({ exchange: result.facts.exchange, key: mask(apiKey!), baseUrl: result.baseUrl, ...(sendsSecret ? { sendsSecret } : {}), verdict: result.verdict, facts: result.facts }, null, 2) + '\n', stderr: '' };
    }
    // The exchange's answers end up in these lines: escape what a terminal would act on.
    const lines = [`KeyGuard key check: ${printable(result.facts.exchange)} key ${mask(apiKey!)} (${printable(result.baseUrl)})`];
    if (sendsSecret) lines.push(`  (${printable(result.facts.exchange)} has no request signatures: the secret itself was sent to ${printable(result.baseUrl)})`);
    for (const i of result.verdict.items) lines.push(`  ${MARK[i.level]}  ${printable(i.text)} ${guidanceLabel(i)}`.trimEnd());
    lines.push(`Verdict: ${result.verdict.level}`);
    return { exitCode, stdout: lines.join('\n') + '\n', stderr: '' };
  } catch (e) {
    if (e instanceof KeyCheckError || e instanceof ExchangeRequestError) return { exitCode: 2, stdout: '', stderr: `keyguard: ${printable(e.message)}\n` };
    throw e;
  }
}
