/**
 * A kind of one's own: `sanction`, with its fields, its tone (imposing: CAMEO 163, "Impose
 * embargo, boycott, or sanctions", Goldstein -8.0; lifting: CAMEO 085, "Ease economic
 * sanctions, boycott, or embargo", +7.0) and who acts on whom; a timeline that accepts it; and
 * a projection over it, typed like any built-in kind. The measures are illustrative.
 *
 * Run: npx tsx examples/custom-kind.ts
 */

import {
  type ActorId,
  actorIdSchema,
  defineKind,
  defineProjection,
  extendVocabulary,
  relationship,
  Timeline,
} from 'entente-timeline'
import { z } from 'zod'

// 1. The kind: its own fields (zod schemas), the actors those fields name (so `actors` is
//    checked to list them), its weight, and its direction for tone.
const sanction = defineKind(
  'sanction',
  {
    imposer: actorIdSchema,
    target: actorIdSchema,
    measures: z.array(z.string().min(1)).min(1),
    change: z.enum(['impose', 'lift']),
  },
  {
    weights: {
      default: {
        cameo: '163',
        label: 'Impose embargo, boycott, or sanctions',
        quadClass: 'material-conflict',
        goldstein: -8,
      },
      by: 'change',
      subtypes: {
        impose: {
          cameo: '163',
          label: 'Impose embargo, boycott, or sanctions',
          quadClass: 'material-conflict',
          goldstein: -8,
        },
        lift: {
          cameo: '085',
          label: 'Ease economic sanctions, boycott, or embargo',
          quadClass: 'material-cooperation',
          goldstein: 7,
        },
      },
    },
    actors: (event) => [
      [['imposer'], event.imposer],
      [['target'], event.target],
    ],
    direction: (event) => ({ from: [event.imposer], to: [event.target] }),
  },
)

// 2. A vocabulary of the built-in kinds and the new one, for the timeline and for projections.
const vocabulary = extendVocabulary(sanction)

const source = { id: 'example-gazette', publisher: 'Example Gazette', published: '2023' }
const declare = (id: string, name: string) => ({
  id: `actor-${id}`,
  kind: 'actor',
  occurred: '2023-01-01',
  recorded: '2023-01-01',
  actors: [id],
  sources: [source],
  actorKind: /^[A-Z]{3}$/.test(id) ? 'state' : 'organisation',
  name,
})
const measure = (id: string, occurred: string, change: 'impose' | 'lift', measures: string[]) => ({
  id,
  kind: 'sanction',
  occurred,
  recorded: occurred,
  actors: ['EU', 'RUS'],
  sources: ['example-gazette'],
  certainty: 'confirmed',
  imposer: 'EU',
  target: 'RUS',
  measures,
  change,
})

const timeline = Timeline.from(
  [
    declare('EU', 'European Union'),
    declare('RUS', 'Russian Federation'),
    measure('eu-rus-package-10', '2023-02-25', 'impose', ['dual-use export ban', 'asset freezes']),
    measure('eu-rus-package-11', '2023-06-23', 'impose', ['anti-circumvention tool']),
    measure('eu-rus-lift-example', '2023-09-01', 'lift', ['asset freezes']),
  ],
  { vocabulary },
)

// A built-in timeline refuses the kind it does not know.
try {
  Timeline.from([
    declare('EU', 'European Union'),
    declare('RUS', 'Russian Federation'),
    measure('x', '2023-02-25', 'impose', ['ban']),
  ])
} catch (error) {
  console.log(`without the vocabulary: ${(error as Error).message.split('\n')[0]}`)
}

// 3. A projection over the new kind: the measures in force against an actor. Given the
//    vocabulary, the `sanction` reducer's event is typed: `event.measures` is a string[].
const measuresAgainst = (target: ActorId) =>
  defineProjection({
    name: `measuresAgainst(${target})`,
    key: `measures-against:${target}`,
    vocabulary,
    scope: { actors: [target] },
    initial: { inForce: {} as Record<string, { by: string; since: string; event: string }> },
    on: {
      sanction(draft, event, ctx) {
        if (event.target !== target) return
        for (const name of event.measures) {
          if (event.change === 'impose') draft.inForce[name] = { by: event.imposer, since: ctx.date, event: event.id }
          else delete draft.inForce[name]
        }
      },
    },
    result: (state, ctx) => ({ at: ctx.at, measures: Object.keys(state.inForce).sort(), detail: state.inForce }),
  })

for (const at of ['2023-03-01', '2023-07-01', '2023-12-31']) {
  const { measures } = timeline.project(measuresAgainst('RUS'), { at })
  console.log(`${at}: ${measures.join(', ')}`)
}

// 4. The built-in projections serve this timeline too, and weigh the new kind through its
//    weights and direction.
const euRussia = relationship('EU', 'RUS')
const tone = timeline.project(euRussia, { at: '2023-12-31' }).tone
console.log(
  `EU–RUS tone: ${tone.index}, by EU ${tone.byDirection['EU']}; material conflict ${tone.materialConflict}, material cooperation ${tone.materialCooperation}`,
)
