// One policy for every host: Electron adds it to each response, the browser host sends it as a
// header, and src/renderer/index.html repeats it in a meta tag (a unit test keeps them equal).
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'"
