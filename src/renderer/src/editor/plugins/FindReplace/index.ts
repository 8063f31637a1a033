// FindReplace's public surface: the plugin ArticleEditor mounts. Opening travels on the app's
// command bus ('find', 'replace'), so nothing else is exported.
export { FindReplacePlugin } from './FindReplacePlugin'
