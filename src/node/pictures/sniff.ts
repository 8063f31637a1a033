// What a picture is, told by its first bytes and never by the server's word for it: a server
// may call an HTML page or an SVG (which can carry script) "image/png". Only these four types
// are kept; everything else is refused.
import type { PictureType } from '../../shared/api/library'

const starts = (bytes: Uint8Array, at: number, sig: readonly number[]): boolean => sig.every((b, i) => bytes[at + i] === b)
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))

export function sniffPictureType(bytes: Uint8Array): PictureType | null {
  if (starts(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts(bytes, 0, ascii('GIF87a')) || starts(bytes, 0, ascii('GIF89a'))) return 'image/gif'
  if (starts(bytes, 0, ascii('RIFF')) && starts(bytes, 8, ascii('WEBP'))) return 'image/webp'
  return null
}
