import { defineConfig, devices } from '@playwright/test'
import { appPort, standInPort } from './e2e/ports.ts'

export default defineConfig({
  testDir: 'e2e',
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
  projects: [{ name: 'chromium', use: devices['Desktop Chrome'] }],
  webServer: [
    {
      command: 'node stand-in/main.js --test',
      env: { PLEXKEY_STANDIN_PORT: String(standInPort) },
      url: `http://127.0.0.1:${standInPort}/__standin/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `vite preview --mode e2e --outDir dist-e2e --host 127.0.0.1 --port ${appPort} --strictPort`,
      // The preview's Content-Security-Policy names the plex.tv origin (see
      // vite.config.ts): it must be the stand-in's, moved ports included, or
      // the browser blocks its avatars.
      env: { VITE_PLEX_TV_URL: `http://127.0.0.1:${standInPort}` },
      url: `http://127.0.0.1:${appPort}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
})
