import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const propFiles = 'test/**/*.prop.test.ts'
const benchFiles = 'bench/**/*.bench.ts'

// Benchmarks belong to the `unit` project only; the other projects exclude them so that
// `vitest bench` does not run every benchmark once per project (and in parallel).
const noBenchmarks = { include: [], exclude: ['**'] }

export default defineConfig({
  test: {
    setupFiles: ['test/setup/fast-check.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [propFiles, 'test/package/**'],
          benchmark: { include: [benchFiles] },
        },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: ['test/**/*.test-d.ts'],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
            // the pinned compiler by path: `tsc` on the PATH may be the TypeScript 5.0 kept for the consumer check
            checker: fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url)),
          },
          benchmark: noBenchmarks,
        },
      },
      {
        extends: true,
        test: {
          name: 'prop',
          include: [propFiles],
          benchmark: noBenchmarks,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
      // The gate: `npm test` (and `npm run test:coverage`) fails below 90% of the lines of src.
      thresholds: { lines: 90 },
    },
  },
})
