// The person's direction choice for a block (auto / rtl / ltr), kept as Lexical node state
// so it is saved with the document under "$": {"amudDir": …}. Lexical's own `direction`
// field is mirrored from it, but not trusted on load: importers write "rtl" everywhere.
import { $getState, $setState, createState, type ElementNode } from 'lexical'

export type DirectionOverride = 'auto' | 'rtl' | 'ltr'
export const DIRECTION_STATE_KEY = 'amudDir'

export function parseDirectionOverride(v: unknown): DirectionOverride {
  return v === 'rtl' || v === 'ltr' ? v : 'auto'
}

export const directionState = createState(DIRECTION_STATE_KEY, { parse: parseDirectionOverride })

export function $getDirectionOverride(node: ElementNode): DirectionOverride {
  return $getState(node, directionState)
}

export function $setDirectionOverride(node: ElementNode, value: DirectionOverride): void {
  $setState(node, directionState, value)
  node.setDirection(value === 'auto' ? null : value)
}
