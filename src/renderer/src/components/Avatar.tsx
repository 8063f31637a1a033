// An author's picture, or their initial when there is none. The picture is the one the library
// keeps (fetched by the host, never by this window: see lib/authorPictures.ts), so opening the
// library asks no site for anything. Until it is kept (being fetched, refused, or the person
// said "never load pictures from the network"), the initial stands in: never a broken image.
import { useState } from 'react'
import { useAuthorPicture } from '../lib/authorPictures'

interface Props {
  name: string
  /** The author whose kept picture to show; null or absent shows the initial. */
  author?: { id: number; pictureUrl: string | null } | null
  size?: 'sm' | 'md' | 'lg'
  label?: string
}

export function Avatar({ name, author = null, size = 'md', label }: Props): React.JSX.Element {
  const src = useAuthorPicture(author?.id ?? null, author?.pictureUrl ?? null)
  const [failedSrc, setFailedSrc] = useState<string | null>(null)
  const initial = Array.from(name.trim())[0] ?? '؟'
  const showImage = src !== null && failedSrc !== src
  return (
    <span className={`avatar avatar-${size}`} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      {showImage ? (
        <img src={src} alt="" onError={() => setFailedSrc(src)} data-testid="avatar-img" />
      ) : (
        <span className="avatar-initial" data-testid="avatar-placeholder">
          {initial}
        </span>
      )}
    </span>
  )
}
