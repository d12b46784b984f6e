/**
 * How Japan and NATO stood, month by month, through 2022 and 2023: their ties, the agreements
 * in force, their contacts and the tone between them, with the events that changed each month,
 * from the shipped fixture.
 *
 * Run: npx tsx examples/relationship-over-a-year.ts
 */
import { fileURLToPath } from 'node:url'
import { relationship } from 'entente-timeline'
import { readTimelineFile } from 'entente-timeline/node'

const fixture = fileURLToPath(new URL('../fixtures/vilnius-2023.ndjson', import.meta.url))
const timeline = await readTimelineFile(fixture)
const japanNato = relationship('JPN', 'NATO')

const months = Array.from(
  { length: 24 },
  (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
)

console.log('month    ties         agreements  meetings  summits  tone')
let previous = '2021-12'
for (const month of months) {
  // A month as a date means the end of that month.
  const r = timeline.project(japanNato, { at: month })
  const ties = r.ties.map((tie) => tie.status + (tie.alternatives.length > 0 ? '*' : '')).join(', ') || '-'
  console.log(
    `${month}  ${ties.padEnd(11)}  ${String(r.agreements.length).padStart(10)}  ${String(r.contacts.meetings).padStart(8)}  ${String(r.contacts.summits).padStart(7)}  ${r.tone.index.toFixed(2).padStart(6)}`,
  )
  // What changed this month, and which events changed it.
  for (const step of timeline.diff(japanNato, { from: previous, to: month }).steps)
    console.log(`           ${step.date} ${step.kind}: ${step.event}`)
  previous = month
}
console.log('* another status is also claimed, by a weaker source')
