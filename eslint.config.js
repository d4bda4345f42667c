// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-e2e',
    'dist-e2e-relay',
    'reports',
    'test-results',
    'playwright-report',
  ]),
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      'no-warning-comments': ['error', { terms: ['fixme'], location: 'start' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.strict,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      // Tokens must never reach the console: lib/log.ts is the one caller.
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with React.' },
        { property: 'outerHTML', message: 'Render text with React.' },
        { property: 'insertAdjacentHTML', message: 'Render text with React.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Render server text as React children.',
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'localStorage',
          message: 'Only lib/session may touch storage.',
        },
        {
          name: 'sessionStorage',
          message: 'Only lib/session may touch storage.',
        },
      ],
    },
  },
  {
    // The house plan: a feature never imports another; what two share moves
    // down into components/ or lib/.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)',
              message:
                'Features never import each other: move what both need to components/ or lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/log.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/lib/session/**', 'src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['stand-in/**/*.js', 'scripts/**/*.js', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Pages of our own beside the app (the "Sign in with Plex" window's).
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
])
