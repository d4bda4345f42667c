/**
 * The Playwright project for tests that restart a stand-in part or change
 * one of its settings for everyone (a server's CORS or version, the
 * clock). They live in e2e/global-state/ and run after every other test,
 * one at a time, so no test beside them sees the world change.
 */
export const globalStateProject = {
  name: 'global-state',
  folder: 'global-state',
}
