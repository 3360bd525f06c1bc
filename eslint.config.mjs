// @ts-check
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'reports/', 'out/', 'node_modules/', 'test/.examples/', 'docs/api/', '.stryker-tmp/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // io-ts idiom: `interface Position extends t.TypeOf<typeof PositionCodec> {}` keeps declarations small.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(fp-ts|io-ts)/(?!lib/)',
              message:
                "Import from the package root ('fp-ts', 'io-ts') or from 'fp-ts/lib/<Module>.js'. " +
                'Subpaths like fp-ts/Either break Node ESM consumers (ERR_UNSUPPORTED_DIR_IMPORT).',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JS files (this config, package checks) are not in tsconfig.json: lint them without types.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
)
