// The accessible name of a slide's region landmark, e.g. "Slide 3 of 23: Understanding DePIN".
// Pure, so that it is tested without Slidev; components/SlideRegion.vue uses it.

/** `title` is the slide's title as Slidev's parser found it (its first heading), if any. */
export function slideRegionLabel(no: number, total: number, title?: string): string {
  const plain = title?.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()
  const where = `Slide ${no} of ${total}`
  return plain ? `${where}: ${plain}` : where
}
