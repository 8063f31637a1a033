// What vite fixes in the main bundle at build time (electron-vite builds `npm run dev` in
// development mode, `npm start` and `npm run build` in production mode).
interface ImportMetaEnv {
  readonly DEV: boolean
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
