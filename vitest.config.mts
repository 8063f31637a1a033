import { defineConfig } from 'vitest/config'

// Tests talk to this machine alone: the hosts they start fetch authors' pictures only from
// loopback (a fixture names real sites' pictures; see src/node/pictures/fetch-picture.ts).
const env = { AMUD_PICTURE_HOSTS: '127.0.0.1,localhost' }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/desk/**'],
          environment: 'node',
          env,
          testTimeout: 60_000
        }
      },
      {
        // The desk's tests share one PostgreSQL server, and one of them restarts it: their files
        // run one after another (beside the other unit files, which never touch PostgreSQL).
        test: {
          name: 'desk',
          include: ['tests/unit/desk/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A busy two-core machine can take seconds to render: poll as a patient person would.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false
        }
      }
    ]
  }
})
