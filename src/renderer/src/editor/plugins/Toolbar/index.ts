// Toolbar's public surface, all that code outside this folder may import: the plugin ArticleEditor mounts.
export { ToolbarPlugin } from './ToolbarPlugin'
