// The head of a small command's main(): its options read by node:util parseArgs, `-h`/`--help` answered with the
// usage, and a bad option refused with the message and the usage on stderr (exit code 2).
//
//   const read = readOptions('docs:images', USAGE, { from: { type: 'string' } })
//   if ('exit' in read)
//     return read.exit
//   read.values.from
import type { ParseArgsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>
const HELP = { help: { type: 'boolean', short: 'h' } } as const
/** What parseArgs gives for `options` and --help, typed per option as parseArgs types them. */
type Values<T extends Options> = ReturnType<typeof parseArgs<{ args: string[], options: T & typeof HELP }>>['values']

export function readOptions<const T extends Options>(name: string, usage: string, options: T, args: string[] = process.argv.slice(2)): { exit: number } | { values: Values<T> } {
  let values: Values<T>
  try {
    // Typed here by the caller's options: inside this generic function TypeScript cannot resolve parseArgs's own type.
    values = parseArgs({ args, options: { ...options, ...HELP } }).values as Values<T>
  }
  catch (error) {
    console.error(`${name}: ${(error as Error).message}\n\n${usage}`)
    return { exit: 2 }
  }
  if ((values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`)
    return { exit: 0 }
  }
  return { values }
}
