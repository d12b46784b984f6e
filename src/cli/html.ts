/**
 * Self-contained HTML pages for charts and reports: one file, styles inline, the chart as
 * inline SVG, no script and nothing fetched, so the page opens anywhere without a network.
 * Every event it names links to its evidence entry, and every entry to its sources.
 */

import { _citationLine, _citationsOf, _describe, _titlesOf, _whenOf } from '../chart/describe.js'
import type { DiplomaticEvent, Timeline } from '../index.js'

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** The anchor of an event's evidence entry. */
export function eventAnchor(id: string): string {
  return `event-${encodeURIComponent(id)}`
}

/** A link to an event's evidence entry, labelled with its id. */
export function eventLink(id: string): string {
  return `<a href="#${eventAnchor(id)}"><code>${escapeHtml(id)}</code></a>`
}

const STYLE = `
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; margin: 2rem auto;
  max-width: 72rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; }
.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { text-align: left; padding: 0.25rem 0.6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
th { background: #f2f2f2; }
figure { margin: 1rem 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #444; font-size: 0.9rem; }
code { font-size: 0.85em; }
.evidence li, .sources li { margin-bottom: 0.4rem; }
:target { background: #fff3c4; }
`

/**
 * A whole page.
 *
 * @param title - the page's title
 * @param body - its HTML body
 * @returns the HTML document
 */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}

/**
 * The evidence section: each event with its date as written, what happened, its certainty,
 * and links to its sources; then the sources section.
 *
 * @param timeline - the timeline the events are from
 * @param ids - the events, in the order to list them
 * @param name - actor names by id
 * @returns the two sections' HTML
 */
export function evidenceSections(timeline: Timeline, ids: readonly string[], name: (id: string) => string): string {
  const sources = new Map<string, string>()
  const items: string[] = []
  const title = _titlesOf(timeline)
  for (const id of ids) {
    const event = timeline.effective(id) as DiplomaticEvent | null | undefined
    if (event === undefined || event === null) continue
    const citations = _citationsOf(timeline, event)
    const links = citations.map((citation) => {
      sources.set(citation.id, sourceItem(citation.id, _citationLine(citation), citation.url))
      return `<a href="#source-${encodeURIComponent(citation.id)}">${escapeHtml(citation.publisher)}</a>`
    })
    items.push(
      `<li id="${eventAnchor(id)}"><strong>${escapeHtml(_whenOf(event.occurred))}</strong> ` +
        `${escapeHtml(_describe(event, name, title))} <span class="meta">(${escapeHtml(event.certainty)}; ` +
        `<code>${escapeHtml(id)}</code>)</span><br>Sources: ${links.join(', ')}</li>`,
    )
  }
  return (
    `<h2 id="evidence">Evidence</h2>\n<ol class="evidence">\n${items.join('\n')}\n</ol>\n` +
    `<h2 id="sources">Sources</h2>\n<ul class="sources">\n${[...sources.values()].join('\n')}\n</ul>`
  )
}

function sourceItem(id: string, line: string, url: string | undefined): string {
  const link = url === undefined ? '' : ` <a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a>`
  return `<li id="source-${encodeURIComponent(id)}">${escapeHtml(line)}${link}</li>`
}
