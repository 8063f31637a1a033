// `amud desk` as a person runs it: add a user (the token printed once), serve (the first line is
// the URL, loopback only), a second process refused the same embedded folder, and SIGTERM
// stopping the server cleanly.
import { execFileSync, spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../library/helpers'
import { waitFor } from '../../support/desk'

const bin = resolve(__dirname, '../../../bin/amud.mjs')

describe('amud desk serve and user', () => {
  it('adds a user, serves on loopback, refuses a second process on the same folder, and stops on SIGTERM', async () => {
    const dir = tempDir()
    const data = join(dir, 'desk')
    const token = execFileSync(process.execPath, [bin, 'desk', 'user', 'add', 'salma', '--role', 'columnist', '--data', data], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
    expect(token).toMatch(/^amud_[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{43}$/)

    const server = spawn(process.execPath, [bin, 'desk', 'serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    server.stdout.on('data', (b: Buffer) => (out += b.toString()))
    server.stderr.on('data', (b: Buffer) => (err += b.toString()))
    const exited = new Promise<number | null>((r) => server.on('exit', (code) => r(code)))
    try {
      await waitFor('the desk to print its URL', () => out.includes('\n'), 90_000)
      const url = out.split('\n')[0]!
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const me = await fetch(`${url}/v1/whoami`, { headers: { authorization: `Bearer ${token}` } })
      expect(await me.json()).toEqual({ name: 'salma', role: 'columnist', desk: 'amud-desk', schema: 8 })

      let refused = ''
      try {
        execFileSync(process.execPath, [bin, 'desk', 'user', 'add', 'omar', '--role', 'editor', '--data', data], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe']
        })
      } catch (e) {
        refused = String((e as { stderr?: string }).stderr)
      }
      expect(refused).toMatch(/is in use by process \d+/)
    } finally {
      server.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
    expect(err).toMatch(/stopped \(SIGTERM\)/)
    // The folder is free again once the server is gone.
    const again = execFileSync(process.execPath, [bin, 'desk', 'user', 'revoke', 'salma', '--data', data], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    expect(again).toBe('revoked salma\n')
  }, 240_000)
})
