import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import-direction rules: the layering of docs/architecture.md, enforced. */
const forbid = (patterns, message, packages = [], more = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: packages.map((name) => ({ name, message })),
      patterns: [{ group: patterns, message }, ...more],
    },
  ],
});

const DEXIE = ['dexie', 'dexie/*'];
const CYTOSCAPE = ['cytoscape', 'cytoscape-*'];
// The package by exact name; the folder by pattern, so './electron-bridge' stays importable.
const ELECTRON = ['**/electron/*', '!**/electron/bridge-types'];
const RENDERER_MESSAGE =
  'Dexie only in renderer/store/db/, Cytoscape only in renderer/workspace/canvas/, Electron only through platform/ and the bridge types.';
// The map's data and projection code are their own chunk: a static import would put about 750 kB
// into the bundle every screen loads. Dynamic import() is not matched by this rule.
const LAZY_OUTLINE = {
  group: ['world-atlas', 'world-atlas/*', '**/shared/geo/outline'],
  message:
    'The UK outline loads lazily: import() it, as renderer/workspace/geo/loadOutline.ts does.',
};

/** One block per adapter folder, because a later no-restricted-imports block replaces an earlier one. */
function rendererLayers() {
  return [
    {
      files: ['renderer/**/*.{ts,tsx}'],
      ignores: ['renderer/store/db/**', 'renderer/workspace/canvas/**'],
      rules: forbid(
        [...DEXIE, ...CYTOSCAPE, ...ELECTRON],
        RENDERER_MESSAGE,
        ['electron'],
        [LAZY_OUTLINE],
      ),
    },
    {
      files: ['renderer/store/db/**/*.ts'],
      rules: forbid([...CYTOSCAPE, ...ELECTRON], RENDERER_MESSAGE, ['electron'], [LAZY_OUTLINE]),
    },
    {
      files: ['renderer/workspace/canvas/**/*.{ts,tsx}'],
      rules: forbid([...DEXIE, ...ELECTRON], RENDERER_MESSAGE, ['electron'], [LAZY_OUTLINE]),
    },
  ];
}

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'coverage/', 'tests/e2e/screenshots/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      [
        '**/renderer/**',
        '**/electron/**',
        'electron',
        'dexie',
        'cytoscape',
        'react',
        'node:*',
        'fs',
        'path',
      ],
      'shared/ is pure: no renderer, electron, Dexie, Cytoscape, React or Node imports.',
    ),
  },
  ...rendererLayers(),
  {
    files: ['electron/**/*.ts'],
    rules: forbid(
      ['**/renderer/**', 'react', 'dexie', 'cytoscape'],
      'The main process never imports the renderer.',
    ),
  },
);
