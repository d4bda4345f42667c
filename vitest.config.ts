import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((configEnv) =>
  mergeConfig(
    viteConfig(configEnv),
    defineConfig({
      test: {
        projects: [
          {
            extends: true,
            test: {
              name: 'app',
              environment: 'jsdom',
              include: ['src/**/*.test.{ts,tsx}'],
              setupFiles: ['src/testing/setup.ts'],
              // Room for a few of Testing Library's 5 s waits (see setup.ts).
              testTimeout: 20_000,
            },
          },
          {
            test: {
              name: 'build config',
              environment: 'node',
              include: ['*.test.ts', 'e2e/**/*.test.ts'],
            },
          },
          {
            test: {
              name: 'stand-in',
              environment: 'node',
              include: ['stand-in/**/*.test.js'],
            },
          },
        ],
      },
    }),
  ),
)
