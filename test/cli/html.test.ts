/** The pages of `entente chart --format html` and `entente report`, built in process. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { escapeHtml, eventAnchor, eventLink, evidenceSections, page } from '../../src/cli/html.js'
import { toPng, toSvg } from '../../src/cli/render.js'
import { network, networkChart, relationship, Timeline } from '../../src/index.js'
import { event } from '../support/build.js'

const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))

describe('escapeHtml', () => {
  it('escapes what HTML reads as markup, in text and in attributes', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    )
  })
})

describe('page', () => {
  it('is one document that forbids loading anything, with the title escaped', () => {
    const html = page('A <b> & C', '<p>body</p>')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<title>A &lt;b&gt; &amp; C</title>')
    expect(html).toContain("default-src 'none'")
    expect(html).toContain('<p>body</p>')
  })
})

describe('evidenceSections', () => {
  it('lists each event with its date as written and links to its sources, each listed once', () => {
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-13' })
    const html = evidenceSections(timeline, r.evidence, (id) => (id === 'JPN' ? 'Japan' : id))
    for (const id of r.evidence) expect(html).toContain(`id="${eventAnchor(id)}"`)
    const sources = [...html.matchAll(/<li id="source-([^"]+)"/g)].map((match) => match[1])
    expect(new Set(sources).size).toBe(sources.length)
    for (const [, target] of html.matchAll(/href="#(source-[^"]+)"/g)) expect(html).toContain(`id="${target}"`)
    expect(eventLink('a:b')).toBe('<a href="#event-a%3Ab"><code>a:b</code></a>')
  })

  it('tells the newer kinds in words, with the actors by name', () => {
    const wire = [{ id: 'wire-2023-09-05', publisher: 'Wire', title: 'A report', published: '2023-09-05' }]
    const added = timeline.appendMany([
      event('sanctions', {
        id: 's1',
        occurred: '2023-09-05',
        recorded: '2023-09-05T12:00:00Z',
        sources: wire,
        actors: ['JPN', 'PRK'],
        imposer: 'JPN',
        target: 'PRK',
      }),
      event('recognition', {
        id: 'r1',
        occurred: '2023-09-05',
        recorded: '2023-09-05T12:00:00Z',
        sources: ['wire-2023-09-05'],
        actors: ['JPN', 'PRK'],
        recognizer: 'JPN',
        recognized: 'PRK',
        action: 'withdraw',
      }),
    ])
    const names: Record<string, string> = { JPN: 'Japan', PRK: 'North Korea' }
    const html = evidenceSections(added, ['s1', 'r1'], (id) => names[id] ?? id)
    expect(html).toContain('Japan imposes sanctions on North Korea (asset freezes)')
    expect(html).toContain('Japan withdraws recognition of North Korea')
    expect(html).not.toMatch(/>\s*(sanctions|recognition):/)
  })

  it('leaves out what the timeline does not hold', () => {
    expect(evidenceSections(timeline, ['no-such-event'], (id) => id)).not.toContain('no-such-event')
  })
})

describe('rendering', () => {
  it('draws a specification as SVG, and SVG as PNG', async () => {
    const spec = networkChart(timeline, timeline.project(network(), { at: '2023-07-31' }), { top: 3 })
    const svg = await toSvg(spec)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('Tone index (Goldstein points, half-life 365 days)')
    const png = await toPng(svg)
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG')
  })
})
