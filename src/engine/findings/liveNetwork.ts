// Tests and examples that move funds on a network when run. The labelling policy keeps a withdrawal's severity in
// runnable examples and in integration tests that hit a real or test network (testnet coins are still a key's funds,
// and the same code runs on mainnet with one constant changed); unit tests against mocks and docs stay lower.
import { TextMemo } from '../judge/textMemo';

// Integration-test folders and classes: `tests/integration/`, `xrpl4j-integration-tests/`, `stellarsdkIntegrationTests/`,
// Maven's `src/it/`, `sandbox_tests/`, end-to-end and functional suites (`e2e/`, `teste2e/`, `tests/functional/`), JVM and .NET `…IT` classes.
const INTEGRATION_PATH = /(?:^|\/)(?:[^/]*[._-])?integration(?:[_-]?tests?)?\/|(?:^|\/)[A-Za-z0-9]*IntegrationTests?\/|(?:^|\/)(?:src\/)?it\/|(?:^|\/)sandbox[_-]?tests?\/|(?:^|\/)(?:tests?)?e2e(?:[_-]?tests?)?\/|(?:^|\/)functional(?:[_-]?tests?)?\//i;
// The `…IT` class suffix only in capitals: case-blind, it would take `Audit.java`, `Unit.cs`, `Submit.kt`.
const IT_CLASS = /[A-Za-z0-9]IT\.(?:java|kt|cs)$/;
// A public test network or a node the code talks to: a testnet/devnet URL, a network constant, a faucet.
const TEST_NETWORK = /https?:\/\/[^\s"'`]{0,60}(?:testnet|devnet)|\bNetwork\.TESTNET|friendbot|TESTNET_NETWORK_PASSPHRASE/i;
// Any endpoint at all (an example that names none is a fragment, not a program that runs).
const ENDPOINT = /(?:https?|wss?):\/\/[A-Za-z0-9.-]+|\b(?:testnet|devnet|mainnet|sandbox)\b/i;
// Test doubles: the calls go nowhere.
// The word or a code name, never `hammock`, `mockup` or a comment saying "fake": `mock.patch`, `jest.mock(`,
// `MagicMock`, `mockFetch`, `MOCK_URL`, `FakeWallet`, `fake_client`, `Mockito`, `mockk`.
const MOCKED = /\bmock(?:s|ed|ing|er|ito|k)?\b|\bmock[A-Z_]|Mock(?![a-z])|\bMOCK(?![A-Z])|[Mm]ockito|\b[Ss]tub|\bnock\b|\b[Ff]ake[A-Z_]|httpretty|[Ww]ire[Mm]ock|respx|responses\.add|\b(?:vcr|VCR)\b|cassette/;

// Released when a scan ends (textMemo.ts): the last file's text (its secrets included) is not kept past its scan.
const JUDGED = new TextMemo<{ test: boolean; example: boolean }>();

/** Remembers both answers for the last text (findings come file by file). */
function judged(path: string, text: string): { test: boolean; example: boolean } {
  return JUDGED.get(text, path, () => {
    const mocked = MOCKED.test(text);
    return {
      test: !mocked && (INTEGRATION_PATH.test(path.replace(/\\/g, '/')) || IT_CLASS.test(path) || TEST_NETWORK.test(text)),
      example: !mocked && ENDPOINT.test(text),
    };
  });
}

/** True for a test that runs against a real or test network: an integration test, or one naming a public testnet, with no mocks. */
export function liveNetworkTest(path: string, text: string): boolean {
  return judged(path, text).test;
}

/** True for an example that runs against a network: it names an endpoint and mocks nothing. */
export function runnableExample(path: string, text: string): boolean {
  return judged(path, text).example;
}

/** True when a send's file is a demo whose addresses are the example's own: an example or test that does not run live. */
export function demoContext(where: 'test' | 'example' | 'docs' | undefined, path: string, text: string): boolean {
  if (where === 'example') return !runnableExample(path, text);
  return where === 'test' && !liveNetworkTest(path, text);
}
