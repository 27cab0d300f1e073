// Slidev 52 merges this file into its own Vite config, for `slidev` (dev), `slidev build` and `slidev export`.
// The plugin validates data/depin.yaml and serves it as typed data (see data/index.ts).
import type { UserConfig } from 'vite'
import { sectorMapPlugin } from './data/vite-plugin.ts'

export default {
  plugins: [sectorMapPlugin()],
} satisfies UserConfig
