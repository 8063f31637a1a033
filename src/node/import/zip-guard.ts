// Looks at a .docx's zip directory before mammoth unpacks it. Mammoth (through JSZip) inflates
// each part it reads whole, in memory, so a small file that unpacks to gigabytes would stall or
// crash the app; and a file that is not a Word document deserves a plain answer, not a stack
// trace from the unzipper. Only the central directory is read: nothing is inflated here.

import { msg, t, type Message } from '../../shared/messages/catalog'

/** A column's .docx is some 20–200 KB; with pictures, a few MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024
/** Unpacked size allowed for any XML part (word/document.xml of a whole book is ~10 MB). */
export const MAX_PART_BYTES = 64 * 1024 * 1024
const MAX_ENTRIES = 10_000

export class DocxImportError extends Error {
  constructor(
    readonly code: string,
    /** What to say: render with t() (the English is `message`). */
    readonly said: Message
  ) {
    super(t(said, 'en'))
    this.name = 'DocxImportError'
  }
}

const NOT_DOCX = (): DocxImportError => new DocxImportError('not-docx', msg('docx.not-zip'))

const TOO_BIG = (what: string): DocxImportError => new DocxImportError('too-large', msg('docx.too-large', { what }))

interface Entry {
  name: string
  size: number
}

function endOfDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (b.readUInt32LE(i) === 0x06054b50) return i
  return -1
}

export function zipEntries(b: Buffer): Entry[] {
  if (b.length < 22 || b.readUInt32LE(0) !== 0x04034b50) throw NOT_DOCX()
  const eocd = endOfDirectory(b)
  if (eocd === -1) throw NOT_DOCX()
  const count = b.readUInt16LE(eocd + 10)
  let at = b.readUInt32LE(eocd + 16)
  if (count === 0xffff || at === 0xffffffff) throw TOO_BIG('a ZIP64 package')
  if (count > MAX_ENTRIES) throw TOO_BIG(`${count} parts`)
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) throw NOT_DOCX()
    const size = b.readUInt32LE(at + 24)
    const nameLength = b.readUInt16LE(at + 28)
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32)
    if (at + 46 + nameLength > b.length) throw NOT_DOCX()
    entries.push({ name: b.toString('utf8', at + 46, at + 46 + nameLength), size })
    at += 46 + skip
  }
  return entries
}

/** Throws a DocxImportError unless the bytes look like a Word document of a sane size. */
export function checkDocxPackage(b: Buffer): void {
  if (b.length > MAX_DOCX_BYTES) throw TOO_BIG(`${(b.length / 1024 / 1024).toFixed(1)} MB`)
  const entries = zipEntries(b)
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new DocxImportError('not-docx', msg('docx.not-word'))
  }
  // Pictures and other media are never unpacked (images are dropped), so only the XML counts.
  for (const e of entries) {
    if (/\.(xml|rels)$/i.test(e.name) && (e.size === 0xffffffff || e.size > MAX_PART_BYTES)) {
      throw TOO_BIG(`${e.name} unpacks to ${(e.size / 1024 / 1024).toFixed(0)} MB`)
    }
  }
}
