import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const PLUGIN_INTERNALS = { regex: '(^|/)plugins/[^/]+/', message: 'Import a plugin through its index.ts (plugins/<Name>), not its internal files.' }
const OTHER_PLUGIN_INTERNALS = { regex: '^\\.\\./[^./][^/]*/', message: "Import another plugin through its index.ts ('../<Name>'), not its internal files." }

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Electron is imported only by the thin shell: anything else must run under plain Node.
    files: ['src/node/**/*.ts', 'src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}', 'tests/unit/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] }
  },
  {
    // A plugin is used from outside its folder only through its index.ts (plugins/<Name>); its
    // other files are its own. Inside a plugin, another plugin is reached the same way (../<Name>).
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: [PLUGIN_INTERNALS] }] }
  },
  {
    files: ['src/renderer/src/editor/plugins/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'], patterns: [PLUGIN_INTERNALS, OTHER_PLUGIN_INTERNALS] }] }
  },
  {
    // The shared core runs in Node, the browser and the renderer alike: no Node, no DOM, no Electron.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'fs', 'path', 'react', 'better-sqlite3'] }]
    }
  }
)
