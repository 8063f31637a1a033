// Network namespaces for the desk's partition test: each client process runs in its own
// namespace, linked to the host by a veth pair with a private /30, so the test can cut one
// client's link (ip link set … down) and heal it while the desk on the host runs on. Needs root
// and iproute2; everything made here is removed by `remove`, and at exit if a test forgets.
import { execFileSync } from 'node:child_process'

const ip = (...args: string[]): string => execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 })

/** Null when namespaces can be made here, else the sentence saying why the test skips. */
export function netnsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'The network partition test needs root (ip netns, veth pairs): skipped.'
  const probe = `amudprobe${process.pid}`
  try {
    ip('netns', 'add', probe)
    ip('netns', 'del', probe)
    return null
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err)
    return `Network namespaces are not available here (${why}; iproute2's \`ip netns\` is needed): the network partition test is skipped.`
  }
}

export interface Namespace {
  /** The namespace's name, for `ip netns exec NAME …`. */
  name: string
  /** The host's address on this link (the desk listens here) and the namespace's. */
  hostAddress: string
  address: string
  /** Cuts the link (the host's end down) and heals it. */
  cut(): void
  heal(): void
}

/** Makes `count` namespaces, each with its own /30 to the host in 10.213.N.0/24. */
export function makeNamespaces(count: number): { spaces: Namespace[]; remove(): void } {
  const tag = `${process.pid % 100_000}`
  const net = 10 + (process.pid % 240)
  const made: { ns: string; host: string }[] = []
  const remove = (): void => {
    for (const m of made.splice(0)) {
      for (const args of [
        ['netns', 'del', m.ns],
        ['link', 'del', m.host]
      ]) {
        try {
          ip(...args)
        } catch {
          // Already gone (deleting the namespace removes both ends of its veth pair).
        }
      }
    }
  }
  process.once('exit', remove)
  const spaces: Namespace[] = []
  try {
    for (let i = 0; i < count; i++) {
      const ns = `amud${tag}n${i}`
      const host = `am${tag}h${i}`
      const peer = `am${tag}p${i}`
      const hostAddress = `10.213.${net}.${i * 4 + 1}`
      const address = `10.213.${net}.${i * 4 + 2}`
      ip('netns', 'add', ns)
      made.push({ ns, host })
      ip('link', 'add', host, 'type', 'veth', 'peer', 'name', peer)
      ip('link', 'set', peer, 'netns', ns)
      ip('addr', 'add', `${hostAddress}/30`, 'dev', host)
      ip('link', 'set', host, 'up')
      ip('-n', ns, 'addr', 'add', `${address}/30`, 'dev', peer)
      ip('-n', ns, 'link', 'set', peer, 'up')
      ip('-n', ns, 'link', 'set', 'lo', 'up')
      spaces.push({ name: ns, hostAddress, address, cut: () => void ip('link', 'set', host, 'down'), heal: () => void ip('link', 'set', host, 'up') })
    }
  } catch (err) {
    remove()
    throw err
  }
  return { spaces, remove }
}
