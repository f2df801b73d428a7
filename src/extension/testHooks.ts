// The test-only path into the extension. esbuild defines KEYGUARD_TEST_BUILD: true in development builds
// (what the integration tests load), false in `--production` builds (what `npm run package` ships), where
// every `KEYGUARD_TEST_BUILD && …` branch is folded away with what only it uses. Even a development build
// opens the path only when the test harness starts VS Code with KEYGUARD_TEST_HOOKS=1.
declare global {
  /** Replaced by esbuild: true in development builds, false in production builds. */
  const KEYGUARD_TEST_BUILD: boolean;
}

/** The environment variable the integration harness sets; nothing else may set it. */
export const TEST_HOOKS_ENV = 'KEYGUARD_TEST_HOOKS';

/** Switches the integration tests flip to see the production behaviour from inside a test build. */
export const testSwitches = {
  /** When false, commands treat scripted arguments as production does (they refuse them). */
  acceptScriptedArgs: true,
};

/** True only in a development build run by the test harness. */
export function testHooksEnabled(): boolean {
  return KEYGUARD_TEST_BUILD && process.env[TEST_HOOKS_ENV] === '1';
}
