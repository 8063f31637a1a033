// Which articles are checked for a batch export. A click toggles one; a shift-click gives every
// article between the last one clicked and this one the state this one takes, as file managers
// do. Pure, over the ids in the order the list shows them.

export interface Selection {
  ids: ReadonlySet<string>
  /** The last article clicked: one end of the next shift-click's range. */
  anchor: string | null
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null }

export function clickSelection(selection: Selection, order: readonly string[], id: string, range: boolean): Selection {
  const ids = new Set(selection.ids)
  const checked = !ids.has(id)
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor)
  const to = order.indexOf(id)
  if (range && from !== -1 && to !== -1) {
    const [lo, hi] = from < to ? [from, to] : [to, from]
    for (const each of order.slice(lo, hi + 1)) {
      if (checked) ids.add(each)
      else ids.delete(each)
    }
  } else if (checked) ids.add(id)
  else ids.delete(id)
  return { ids, anchor: id }
}

export function addToSelection(selection: Selection, more: readonly string[]): Selection {
  return { ids: new Set([...selection.ids, ...more]), anchor: selection.anchor }
}
