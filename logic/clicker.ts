// The phone as a true clicker: it never moves the deck itself, it sends an intent ("next", "previous", "go to slide N
// step K", "start or pause the timer") over the dev server's connection, and exactly one window of the deck applies
// it with Slidev's own navigation: the laptop's presenter window, or the audience window when no presenter window is
// open. Slidev's ordinary sync then carries the new position to every window, the phone included. These are the pure
// parts: the messages, their checks, and the choice of the one writer.
//
//   parseIntent({ kind: 'go', no: 12, clicks: 1 })   // { kind: 'go', no: 12, clicks: 1 }
//   parseIntent({ kind: 'jump' })                   // throws ClickerError: 'intent.kind is "jump"; expected one of ...'
//   chooseWriter([{ client: a, role: 'audience', since: 1 }, { client: b, role: 'presenter', since: 2 }])   // b
//   windowRole('notes', { phone: '1' })             // 'phone'
import { isPhoneView } from './phone.ts'

/** Custom events on the dev server's WebSocket (Vite's `import.meta.hot.send` / `server.ws.on`). */
export const CLICKER_EVENTS = {
  /** window -> server: what this window is (sent again when that changes), and the password from its URL. */
  hello: 'deck:clicker-hello',
  /** phone -> server: an intent. */
  intent: 'deck:clicker-intent',
  /** server -> the one writer: apply this intent. */
  apply: 'deck:clicker-apply',
  /** server -> every window: which kind of window writes now ('presenter', 'audience' or 'none'). */
  writer: 'deck:clicker-writer',
  /** server -> the sender: the intent was not applied, and why. */
  refused: 'deck:clicker-refused',
} as const

export type Intent
  = | { kind: 'next' }
    | { kind: 'prev' }
    | { kind: 'go', no: number, clicks: number }
    | { kind: 'timer' }

const INTENT_KINDS: readonly Intent['kind'][] = ['next', 'prev', 'go', 'timer']

/** What a window of the deck is, as far as the clicker cares. */
export type WindowRole = 'presenter' | 'audience' | 'phone' | 'other'

const WINDOW_ROLES: readonly WindowRole[] = ['presenter', 'audience', 'phone', 'other']

/** Which kind of window applies intents now. */
export type WriterKind = 'presenter' | 'audience' | 'none'

export interface Hello {
  role: WindowRole
  password?: string
}

export interface Refusal {
  reason: string
}

export class ClickerError extends Error {
  override name = 'ClickerError'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function wholeNumber(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw new ClickerError(`intent.${field} is ${JSON.stringify(value)}; expected a whole number from ${min}`)
  return value
}

/** The intent in a message from a phone, checked field by field; throws ClickerError naming the field. */
export function parseIntent(raw: unknown): Intent {
  if (!isRecord(raw))
    throw new ClickerError(`intent is ${JSON.stringify(raw)}; expected an object with a "kind"`)
  const kind = raw.kind
  switch (kind) {
    case 'next':
    case 'prev':
    case 'timer':
      return { kind }
    case 'go':
      return { kind, no: wholeNumber(raw.no, 'no', 1), clicks: wholeNumber(raw.clicks ?? 0, 'clicks', 0) }
    default:
      throw new ClickerError(`intent.kind is ${JSON.stringify(kind)}; expected one of ${INTENT_KINDS.map(k => `"${k}"`).join(', ')}`)
  }
}

/** A window's hello, checked; throws ClickerError naming the field. */
export function parseHello(raw: unknown): Hello {
  if (!isRecord(raw) || !WINDOW_ROLES.includes(raw.role as WindowRole))
    throw new ClickerError(`hello.role is ${JSON.stringify(isRecord(raw) ? raw.role : raw)}; expected one of ${WINDOW_ROLES.join(', ')}`)
  if (raw.password !== undefined && typeof raw.password !== 'string')
    throw new ClickerError('hello.password is not a string')
  return raw.password === undefined ? { role: raw.role as WindowRole } : { role: raw.role as WindowRole, password: raw.password }
}

export interface OpenWindow<Client> {
  client: Client
  role: WindowRole
  /** Order of the window's last hello: later windows win. */
  since: number
}

/** The one window that applies intents: the newest presenter window, else the newest audience window. */
export function chooseWriter<Client>(windows: Iterable<OpenWindow<Client>>): OpenWindow<Client> | undefined {
  let best: OpenWindow<Client> | undefined
  const rank = (role: WindowRole) => (role === 'presenter' ? 2 : role === 'audience' ? 1 : 0)
  for (const window of windows) {
    if (rank(window.role) === 0)
      continue
    if (!best || rank(window.role) > rank(best.role) || (rank(window.role) === rank(best.role) && window.since > best.since))
      best = window
  }
  return best
}

export function writerKind(writer: OpenWindow<unknown> | undefined): WriterKind {
  return writer?.role === 'presenter' || writer?.role === 'audience' ? writer.role : 'none'
}

/** What a window is, from its route: Slidev's presenter route, its play route (the audience), the phone view. */
export function windowRole(routeName: unknown, query: Record<string, unknown>): WindowRole {
  if (routeName === 'presenter')
    return 'presenter'
  if (routeName === 'play')
    return 'audience'
  if (routeName === 'notes' && isPhoneView(query))
    return 'phone'
  return 'other'
}
