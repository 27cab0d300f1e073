// Fonts are bundled from npm (@fontsource) so the deck renders with no network.
// Only the weights the deck uses are imported, in the latin subset.
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-800.css'
import '@fontsource/jetbrains-mono/latin-400.css'
import './theme.css'
import './motion.css'
import './offline.css'
import './reader-offer.css'
