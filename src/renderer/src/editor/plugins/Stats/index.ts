// Stats's public surface, all that code outside this folder may import: the plugin and the store the status bar reads.
export { StatsPlugin } from './StatsPlugin'
export { StatsStore } from './statsStore'
