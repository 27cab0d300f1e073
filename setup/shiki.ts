// Code colours: GitHub's high-contrast themes. Slidev's default (vitesse) puts comments and strings at 2.1:1 to 3.8:1
// on the code background, below WCAG AA (4.5:1); the a11y browser test checks every slide with code in both modes.
import { defineShikiSetup } from '@slidev/types'

export default defineShikiSetup(() => ({
  themes: {
    dark: 'github-dark-high-contrast',
    light: 'github-light-high-contrast',
  },
}))
