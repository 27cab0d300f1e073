// Node 20 lacks Object.groupBy (Node 21+), which parts of the lint toolchain call. Loaded by eslint.config.js before
// the config itself; remove once the project requires Node 22.
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, keyOf) {
      const groups = Object.create(null)
      let index = 0
      for (const item of items) {
        const key = keyOf(item, index++)
        ;(groups[key] ??= []).push(item)
      }
      return groups
    },
  })
}
