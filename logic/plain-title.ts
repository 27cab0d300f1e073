// A slide title as plain words: Slidev's parser keeps a title's inline HTML and markdown, and the PDF outline, the
// reader view, pacing and the PowerPoint titles want the words only.
//
//   plainTitle('Why <span class="x">DePIN</span> **now**')   // 'Why DePIN now'

/** Markdown/HTML title to plain text: tags and emphasis marks gone, entities decoded, whitespace folded. */
export function plainTitle(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
}
