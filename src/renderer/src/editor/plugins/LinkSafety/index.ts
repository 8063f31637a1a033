// LinkSafety's public surface, all that code outside this folder may import: the plugin, and unwrapping a link (paste cleaning drops unsafe ones).
export { $unwrapLink, LinkSafetyPlugin } from './LinkSafetyPlugin'
