import { defineConfig } from 'vitest/config'

const propFiles = 'test/**/*.prop.test.ts'
const benchFiles = 'bench/**/*.bench.ts'

// Benchmarks belong to the `unit` project only; the other projects exclude them so that
// `vitest bench` does not run every benchmark once per project (and in parallel).
const noBenchmarks = { include: [], exclude: ['**'] }

export default defineConfig({
  test: {
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
    },
  },
})
