// Remote control for a talk (`npm run present`, scripts/present.ts): the password, the URLs to open, and the gate that
// keeps Slidev's dev server to the devices that have the password.
//
//   gateVerdict({ remoteAddress, url, cookie, port }, password)   // plugins/remote-gate.ts: who gets in
//   presentUrls({ port: 3030, password, addresses: lanAddresses() })
//
// Why a gate: `slidev --remote <password>` listens on every network of the machine, but its password is checked
// only in the browser (the presenter route asks for it), and the deck's own code carries it; the dev server also
// answers `/__mcp` and the slide-editing endpoints, and its WebSocket moves the deck for anyone. The gate answers
// 403 to every request and WebSocket from another machine, unless the URL carries the password
// (`?password=...`, before the `#`) or the browser holds the cookie that such a URL set. This machine (loopback)
// passes, as with `npm run dev`.
import type { NetworkInterfaceInfo } from 'node:os'
import { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { networkInterfaces } from 'node:os'

export const REMOTE_PASSWORD_ENV = 'DECK_REMOTE_PASSWORD'
const MIN_PASSWORD_LENGTH = 8

/** A new password: 12 URL-safe characters (72 random bits). */
export function generatePassword(): string {
  return randomBytes(9).toString('base64url')
}

/** The reason `password` cannot be used, or undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `is ${password.length} characters long; use at least ${MIN_PASSWORD_LENGTH}`
  if (!/^[\w.~-]+$/.test(password))
    return 'may hold only letters, digits and - _ . ~ (it goes into URLs as it is)'
  return undefined
}

/** This machine's IPv4 addresses on its networks (not loopback), as a phone on the same Wi-Fi reaches it. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap(list => list ?? [])
    .filter(info => (info.family === 'IPv4' || String(info.family) === '4') && !info.internal)
    .map(info => info.address)
}

export interface PresentUrls {
  /** The phone's control view, one per network address of this machine. */
  phone: string[]
  /** The same view on this machine, e.g. to try it in a narrow window. */
  phoneHere: string
  presenter: string
  audience: string
}

export function presentUrls({ port, password, addresses }: { port: number, password: string, addresses: string[] }): PresentUrls {
  const here = `http://localhost:${port}/`
  return {
    // The password twice: before the `#` for the gate (the server never sees the hash), after it for Slidev.
    phone: addresses.map(address => `http://${address}:${port}/?password=${password}#/phone`),
    phoneHere: `${here}?password=${password}#/phone`,
    presenter: `${here}#/presenter/1?password=${password}`,
    audience: `${here}#/1`,
  }
}

export function isLoopback(address: string | undefined): boolean {
  return address === '::1' || /^(?:::ffff:)?127\./.test(address ?? '')
}

function cookieName(port: number | undefined): string {
  // Cookies are per host, not per port: name the deck's by its port.
  return `deck_remote_${port ?? 0}`
}

function token(password: string): string {
  return createHash('sha256').update(`deck-remote:${password}`).digest('hex')
}

/** Compares two secrets in constant time. */
export function samePassword(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

export type GateVerdict = 'pass' | 'pass-and-remember' | 'refuse'

/** What the gate does with a request: from this machine, with the cookie, or with the password in its URL. */
export function gateVerdict(request: { remoteAddress?: string, url?: string, cookie?: string, port?: number }, password: string): GateVerdict {
  if (isLoopback(request.remoteAddress))
    return 'pass'
  const cookies = new Map((request.cookie ?? '').split(';').map(part => part.trim().split('=') as [string, string]))
  const held = cookies.get(cookieName(request.port))
  if (held && samePassword(held, token(password)))
    return 'pass'
  const given = new URL(request.url ?? '/', 'http://gate').searchParams.get('password')
  return given && samePassword(given, password) ? 'pass-and-remember' : 'refuse'
}

/** The Set-Cookie value that lets a browser back in after one URL with the password. */
export function gateCookie(password: string, port: number | undefined): string {
  return `${cookieName(port)}=${token(password)}; Path=/; HttpOnly; SameSite=Strict`
}

export const GATE_REFUSAL = 'This deck is being presented. Open the URL that `npm run present` printed: it carries the password.\n'
