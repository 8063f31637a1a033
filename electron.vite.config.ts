import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Electron itself never runs on the build machines: only the bundles are produced here.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The Arabic spell checker's worker thread, beside index.js (see src/node/spell/worker-client.ts).
          'spell-worker': resolve(__dirname, 'src/node/spell/worker.ts')
        },
        external: ['better-sqlite3']
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // The CSP allows fonts and images from 'self' only: never inline them as data: URLs.
      assetsInlineLimit: 0,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
