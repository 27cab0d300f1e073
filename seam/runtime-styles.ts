// The <style> texts that Slidev's client inserts at run time, read from the installed @slidev/client, never copied:
// the deck's Content-Security-Policy allows each by its hash (tools/csp.ts). When Slidev changes one (even its
// whitespace), the hash follows; when it moves or rewrites one so that it cannot be found, the build stops and names it.
//
//   runtimeStyles({ width: 980, height: 551.25 })   // [{ name: 'dark-mode switch', source: 'logic/dark.ts', css }, ...]
//
// Each text is found with TypeScript's parser, not a regex: a string or template literal at a named place in a named
// file. A template's `${...}` parts are filled in as Slidev fills them (the print view's page size is the canvas).
import type { Expression, Node, SourceFile } from 'typescript'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import ts from 'typescript'

export interface Canvas {
  width: number
  height: number
}

export interface RuntimeStyle {
  /** What the text is for, as the seam's docs and errors name it. */
  name: string
  /** The file of @slidev/client that holds it. */
  source: string
  css: string
}

export class RuntimeStyleError extends Error {
  override name = 'RuntimeStyleError'
}

/** The folder of the installed @slidev/client. */
export function slidevClientRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))
}

/** A string or template literal's text, with each `${expression}` replaced by `fill(expression's source text)`. */
function literalText(node: Expression, file: SourceFile, fill: (expression: string) => string): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return node.text
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map(span => fill(span.expression.getText(file)) + span.literal.text).join('')
  return undefined
}

function find<T extends Node>(root: Node, match: (node: Node) => node is T): T[] {
  const found: T[] = []
  const visit = (node: Node) => {
    if (match(node))
      found.push(node)
    ts.forEachChild(node, visit)
  }
  visit(root)
  return found
}

/** The code of a file: a .vue file's <script setup> block, or the whole .ts file. */
function parse(root: string, source: string): SourceFile {
  const text = readFileSync(join(root, source), 'utf8')
  const code = source.endsWith('.vue') ? /<script setup[^>]*>([\s\S]*?)<\/script>/.exec(text)?.[1] ?? '' : text
  return ts.createSourceFile(source, code, ts.ScriptTarget.Latest, true)
}

/** The literal texts at the named place: a const's initializer, or useStyleTag's argument (both branches of a ?:). */
function textsAt(file: SourceFile, place: { constant: string } | { call: string }, fill: (expression: string) => string): string[] {
  let expressions: Expression[]
  if ('constant' in place) {
    expressions = find(file, ts.isVariableDeclaration)
      .filter(declaration => declaration.name.getText(file) === place.constant && declaration.initializer)
      .map(declaration => declaration.initializer!)
  }
  else {
    expressions = find(file, ts.isCallExpression)
      .filter(call => call.expression.getText(file) === place.call && call.arguments[0])
      .map(call => call.arguments[0]!)
      // computed(() => cond ? `...` : ''): the arrow's body.
      .map(argument => ts.isCallExpression(argument) && argument.arguments[0] && ts.isArrowFunction(argument.arguments[0]) ? argument.arguments[0].body as Expression : argument)
      .flatMap(expression => ts.isParenthesizedExpression(expression) ? [expression.expression] : [expression])
      .flatMap(expression => ts.isConditionalExpression(expression) ? [expression.whenTrue, expression.whenFalse] : [expression])
  }
  return expressions.map(expression => literalText(expression, file, fill)).filter((text): text is string => text !== undefined)
}

/** Where each text is, in Slidev 52. Listed in seam/README.md; checked against the installed Slidev by seam/compat.test.ts. */
export const RUNTIME_STYLE_PLACES = [
  { name: 'dark-mode switch', source: 'logic/dark.ts', place: { constant: 'CSS_DISABLE_TRANS' }, count: 1 },
  { name: 'print page size', source: 'composables/usePrintStyles.ts', place: { call: 'useStyleTag' }, count: 2 },
  { name: 'notes print page', source: 'pages/presenter/print.vue', place: { call: 'useStyleTag' }, count: 1 },
] as const

/** The run-time style texts with this deck's canvas; throws RuntimeStyleError naming the text and file it cannot find. */
export function runtimeStyles(canvas: Canvas, root = slidevClientRoot()): RuntimeStyle[] {
  const fill = (expression: string) => {
    if (expression === 'slideWidth.value')
      return String(canvas.width)
    if (expression === 'slideHeight.value')
      return String(canvas.height)
    throw new RuntimeStyleError(`Slidev's run-time style fills in \`${expression}\`, which the seam does not know (seam/runtime-styles.ts)`)
  }
  return RUNTIME_STYLE_PLACES.flatMap(({ name, source, place, count }) => {
    let texts: string[]
    try {
      texts = textsAt(parse(root, source), place, fill)
    }
    catch (error) {
      throw new RuntimeStyleError(`Slidev's run-time style "${name}" could not be read from @slidev/client/${source}: ${(error as Error).message}`)
    }
    if (texts.length !== count) {
      const where = 'constant' in place ? `const ${place.constant}` : `${place.call}(...)`
      throw new RuntimeStyleError(`Slidev's run-time style "${name}": expected ${count} text(s) at ${where} in @slidev/client/${source}, found ${texts.length}. Slidev changed how it inserts this <style>: update seam/runtime-styles.ts, or the deck's CSP would refuse it`)
    }
    return texts.map(css => ({ name, source, css }))
  })
}
