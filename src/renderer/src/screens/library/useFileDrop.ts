// Files dropped anywhere on the window. Only a drag that carries files is taken (the editor's
// own text drags pass by untouched), and it is taken in the capture phase, so the editor never
// inserts a dropped file's name or opens it in place of the app.
import { useEffect, useEffectEvent, useState } from 'react'

function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files')
}

/** Calls onFiles with what was dropped; true while files are dragged over the window. */
export function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [over, setOver] = useState(false)
  const dropped = useEffectEvent(onFiles)

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
    let depth = 0
    const enter = (e: DragEvent): void => {
      if (!carriesFiles(e)) return
      depth += 1
      setOver(true)
    }
    const overWindow = (e: DragEvent): void => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent): void => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const drop = (e: DragEvent): void => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      e.stopPropagation()
      depth = 0
      setOver(false)
      const files = Array.from(e.dataTransfer?.files ?? [])
      if (files.length > 0) dropped(files)
    }
    window.addEventListener('dragenter', enter, true)
    window.addEventListener('dragover', overWindow, true)
    window.addEventListener('dragleave', leave, true)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragenter', enter, true)
      window.removeEventListener('dragover', overWindow, true)
      window.removeEventListener('dragleave', leave, true)
      window.removeEventListener('drop', drop, true)
    }
  }, [])
  return over
}
