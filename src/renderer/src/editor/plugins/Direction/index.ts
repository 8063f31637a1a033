// Direction's public surface, all that code outside this folder may import: the plugin, and the per-block direction override the document code and the toolbar read and set.
export { DirectionPlugin } from './DirectionPlugin'
export { $getDirectionOverride, $setDirectionOverride, DIRECTION_STATE_KEY, parseDirectionOverride, type DirectionOverride } from './directionState'
