// Text for HTML: the one escaper of the project, for element text and attribute values alike.
//
//   `<a title="${escapeHtml(title)}">${escapeHtml(text)}</a>`

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
