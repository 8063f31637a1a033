// An author's picture, or their initial when there is none or it cannot load (offline, a
// dead link): the picture is a nicety, never a broken-image icon.
import { useState } from 'react'

interface Props {
  name: string
  url: string | null
  size?: 'sm' | 'md' | 'lg'
  label?: string
}

export function Avatar({ name, url, size = 'md', label }: Props): React.JSX.Element {
  const [failedUrl, setFailedUrl] = useState<string | null>(null)
  const initial = Array.from(name.trim())[0] ?? '؟'
  const showImage = url !== null && url !== '' && failedUrl !== url
  return (
    <span className={`avatar avatar-${size}`} role={label ? 'img' : undefined} aria-label={label} aria-hidden={label ? undefined : true}>
      {showImage ? (
        <img src={url} alt="" referrerPolicy="no-referrer" onError={() => setFailedUrl(url)} data-testid="avatar-img" />
      ) : (
        <span className="avatar-initial" data-testid="avatar-placeholder">
          {initial}
        </span>
      )}
    </span>
  )
}
