import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The pure layers may not reach the editor or the file system: those come in as data. */
const pureLayerImports = {
  paths: [
    { name: 'vscode', message: 'src/core and src/annotations are pure: the editor glue lives in src/extension.' },
    { name: 'fs', message: 'src/core and src/annotations do no I/O: pass text in from the caller.' },
    { name: 'node:fs', message: 'src/core and src/annotations do no I/O: pass text in from the caller.' },
    { name: 'fs/promises', message: 'src/core and src/annotations do no I/O: pass text in from the caller.' },
    { name: 'node:fs/promises', message: 'src/core and src/annotations do no I/O: pass text in from the caller.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/annotations/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureLayerImports] },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
