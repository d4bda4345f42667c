import { defineConfig, devices } from '@playwright/test'
import {
  appPort,
  e2eBuildEnv,
  relayAppPort,
  relayBuildEnv,
  runsRelayTests,
  standInPort,
} from './e2e/ports.ts'
import { globalStateProject } from './e2e/projects.ts'

// The relay build (e2e/plex-tv-relay.spec.ts): its preview proxies plex.tv
// API calls to the stand-in. Vite allows one preview per project and mode
// unless told that a second one is meant.
const relayPreview = {
  command: `vite preview --mode e2e --outDir dist-e2e-relay --host 127.0.0.1 --port ${relayAppPort} --strictPort --bypass-lock`,
  env: relayBuildEnv,
  url: `http://127.0.0.1:${relayAppPort}`,
  reuseExistingServer: !process.env.CI,
}

export default defineConfig({
  testDir: 'e2e',
  // e2e/**/*.test.ts are unit tests of e2e helpers, run by vitest.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    },
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: devices['Desktop Chrome'],
      testIgnore: `${globalStateProject.folder}/**`,
    },
    {
      // Runs once every other test is done, one test at a time. Playwright
      // skips it when a test of the first project failed.
      name: globalStateProject.name,
      use: devices['Desktop Chrome'],
      testMatch: `${globalStateProject.folder}/**/*.spec.ts`,
      dependencies: ['chromium'],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: [
    {
      command: 'node stand-in/main.js --test',
      env: { PLEXKEY_STANDIN_PORT: String(standInPort) },
      url: `http://127.0.0.1:${standInPort}/__standin/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `vite preview --mode e2e --outDir dist-e2e --host 127.0.0.1 --port ${appPort} --strictPort`,
      // The headers (img-src names the stand-in) must match the build's
      // stand-in, also when PLEXKEY_E2E_PORT moved it.
      env: e2eBuildEnv,
      url: `http://127.0.0.1:${appPort}`,
      reuseExistingServer: !process.env.CI,
    },
    ...(runsRelayTests ? [relayPreview] : []),
  ],
})
