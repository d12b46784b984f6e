import { z } from 'zod'
import { actorIdSchema } from '../actor-id.js'
import { envelope } from '../envelope.js'

/**
 * The four quad classes of event data, as a coded event names them. The same words as
 * `QUAD_CLASSES` in the weights table, repeated here so the model's kinds import nothing from
 * the weights (which import the kinds).
 */
const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const

/**
 * The coding schemes a coded event's code belongs to: CAMEO (GDELT, ICEWS) or PLOVER (POLECAT).
 *
 * @example
 * ```ts
 * import { CODING_SCHEMES } from 'entente-timeline'
 *
 * CODING_SCHEMES // ['cameo', 'plover']
 * ```
 */
export const CODING_SCHEMES = ['cameo', 'plover'] as const

const text = (max: number) => z.string().min(1).max(max)

/**
 * A place as an event dataset writes it: its name, country, administrative codes, coordinates
 * and gazetteer id, each only when the row gives it.
 *
 * @example
 * ```ts
 * import { codedPlaceSchema } from 'entente-timeline'
 *
 * codedPlaceSchema.parse({ name: 'Vilnius, Vilniaus Apskritis, Lithuania', country: 'LH', lat: 54.6833, lon: 25.3167 })
 * ```
 */
export const codedPlaceSchema = z.strictObject({
  /** The place's name as the row writes it. */
  name: text(500).optional(),
  /** The country, in the dataset's own code or name (GDELT: FIPS 10-4; ICEWS: a name). */
  country: text(100).optional(),
  /** The first administrative division (GDELT ADM1 code, ICEWS province). */
  adm1: text(200).optional(),
  /** The second administrative division (GDELT ADM2 code, ICEWS district). */
  adm2: text(200).optional(),
  /** The city (ICEWS). */
  city: text(200).optional(),
  /** Latitude in decimal degrees. */
  lat: z.number().min(-90).max(90).optional(),
  /** Longitude in decimal degrees. */
  lon: z.number().min(-180).max(180).optional(),
  /** The gazetteer id (GDELT FeatureID, GeoNames id). */
  featureId: text(100).optional(),
  /** The precision of the match (GDELT Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state). */
  type: z.number().int().min(0).max(100).optional(),
})

/**
 * A place as an event dataset writes it: see {@link codedPlaceSchema}.
 *
 * @example
 * ```ts
 * import type { CodedPlace } from 'entente-timeline'
 *
 * const here: CodedPlace = { name: 'Tokyo, Tokyo, Japan', lat: 35.685, lon: 139.751 }
 * ```
 */
export type CodedPlace = z.infer<typeof codedPlaceSchema>

/**
 * One side of a coded event: the entente actor it stands for, and everything the row says of
 * it (its code, name, country, sector or type codes as roles, ethnic and religious codes).
 *
 * @example
 * ```ts
 * import { codedPartySchema } from 'entente-timeline'
 *
 * codedPartySchema.parse({ actor: 'USA', code: 'USAGOV', name: 'UNITED STATES', roles: ['GOV'] })
 * ```
 */
export const codedPartySchema = z.strictObject({
  /** The entente actor the side stands for (a state or organisation id). */
  actor: actorIdSchema,
  /** The side's full code in its dataset (CAMEO `USAGOV`, `IGOEUREEC`). */
  code: text(100).optional(),
  /** The side's name as the row writes it (GDELT Actor1Name, ICEWS Source Name). */
  name: text(500).optional(),
  /** The side's country as the row writes it (GDELT CAMEO country code, ICEWS country name). */
  country: text(200).optional(),
  /** Sector or type codes, the side's role (`GOV`, `MIL`; ICEWS sector names). */
  roles: z.array(text(200)).max(100).default([]),
  /** The CAMEO known-group code (`NAT` for NATO, `EEC` for the EU). */
  group: text(100).optional(),
  /** The CAMEO ethnic code. */
  ethnic: text(100).optional(),
  /** The CAMEO religion codes. */
  religions: z.array(text(100)).max(10).default([]),
  /** Where the row places this side (GDELT Actor1Geo). */
  place: codedPlaceSchema.optional(),
})

/**
 * One side of a coded event: see {@link codedPartySchema}.
 *
 * @example
 * ```ts
 * import type { CodedParty } from 'entente-timeline'
 *
 * const roles = (party: CodedParty) => party.roles.join('/')
 * ```
 */
export type CodedParty = z.infer<typeof codedPartySchema>

/**
 * A row of a machine-coded event dataset (GDELT, ICEWS, POLECAT), kept whole: its dataset and
 * record id, its CAMEO or PLOVER code with label and quad class, its sides, counts, average
 * tone and places. Its Goldstein value (ICEWS Intensity, PLOVER event_scale) is the envelope's
 * `weight`, so it counts in tone by its own value; a row without one counts in the quad-class
 * tallies only. Consultations and visits also count as contacts in `relationship`.
 *
 * @example
 * ```ts
 * import { codedEventSchema } from 'entente-timeline'
 *
 * codedEventSchema.parse({
 *   id: 'gdelt-2-1000', kind: 'coded', occurred: '2023-07-12', recorded: '2023-07-12T15:45:00Z',
 *   actors: ['JPN', 'NATO'], sources: ['gdelt-2-0'], weight: 1.9,
 *   dataset: 'gdelt-2', record: '1000', scheme: 'cameo', code: '042', label: 'Make a visit',
 *   quadClass: 'verbal-cooperation', source: [{ actor: 'JPN' }], target: [{ actor: 'NATO' }],
 * }).code // '042'
 * ```
 */
export const codedEventSchema = envelope(
  'coded',
  {
    /** The dataset the row comes from (`gdelt-1`, `gdelt-2`, `icews`, `plover`). */
    dataset: text(100),
    /** The row's id in its dataset (GLOBALEVENTID, Event ID, id); merged rows list every id. */
    record: text(200),
    /** Ids of further rows merged into this one. */
    merged: z.array(text(200)).max(100_000).default([]),
    /** The coding scheme of `code`. */
    scheme: z.enum(CODING_SCHEMES),
    /** The event code, a string (`010` is not `10`): CAMEO digits or a PLOVER category. */
    code: text(50),
    /** The code's label in its codebook. */
    label: text(500),
    /** The row's quad class. */
    quadClass: z.enum(QUADS),
    /**
     * The side that acts: one actor in CAMEO data, a list in PLOVER, where a list without a
     * target is a reciprocal event (a meeting of all of them).
     */
    source: z.array(codedPartySchema).max(100).default([]),
    /** The side acted upon (the PLOVER recipient); empty when the row names none. */
    target: z.array(codedPartySchema).max(100).default([]),
    /** Whether the event was coded from a story's lead (GDELT IsRootEvent). */
    root: z.boolean().optional(),
    /** Mentions, sources and articles (GDELT), summed over merged rows. */
    counts: z
      .strictObject({
        mentions: z.number().int().nonnegative(),
        sources: z.number().int().nonnegative(),
        articles: z.number().int().nonnegative(),
      })
      .optional(),
    /** The average tone of the articles (GDELT AvgTone, -100..100). */
    averageTone: z.number().min(-100).max(100).optional(),
    /** How it was done (PLOVER mode). */
    mode: z.array(text(100)).max(20).default([]),
    /** Why, or in what setting (PLOVER context). */
    context: z.array(text(100)).max(50).default([]),
    /** The text the event was coded from, where the dataset gives it (ICEWS Event Text, PLOVER text). */
    text: text(10_000).optional(),
    /** The story the event was coded from (ICEWS Story ID). */
    story: text(200).optional(),
    /** The sentence of the story (ICEWS Sentence Number). */
    sentence: z.number().int().nonnegative().optional(),
    /** Where the action took place (GDELT ActionGeo, ICEWS City/District/Province/Country, PLOVER event_loc). */
    place: codedPlaceSchema.optional(),
  },
  (e) => [
    ...e.source.map((p, i) => [['source', i, 'actor'], p.actor] as const),
    ...e.target.map((p, i) => [['target', i, 'actor'], p.actor] as const),
  ],
)

/**
 * A `coded` event: see {@link codedEventSchema}.
 *
 * @example
 * ```ts
 * import type { CodedEvent } from 'entente-timeline'
 *
 * const line = (event: CodedEvent) => `${event.source[0]?.actor} ${event.code} ${event.target[0]?.actor}`
 * ```
 */
export type CodedEvent = z.infer<typeof codedEventSchema>

/**
 * The contact a coded event's code stands for in `relationship` (meetings and visits): CAMEO
 * 040 consult, 044 meet at a third location and 046 negotiate are meetings, 042 make a visit
 * and 043 host a visit are visits (CAMEO codebook v1.1b3, section 04), as is PLOVER CONSULT
 * with mode `visit`; any other CONSULT is a meeting (PLOVER manual 0.7, CONSULT). Telephone
 * talks (041) and mediation (045) are not meetings between the two sides.
 *
 * @param event - a coded event
 * @returns `'meeting'`, `'visit'`, or undefined when the code is not a contact
 * @example
 * ```ts
 * import { contactOf } from 'entente-timeline'
 *
 * contactOf({ scheme: 'cameo', code: '042', mode: [] }) // 'visit'
 * contactOf({ scheme: 'plover', code: 'CONSULT', mode: [] }) // 'meeting'
 * ```
 */
export function contactOf(event: Pick<CodedEvent, 'scheme' | 'code' | 'mode'>): 'meeting' | 'visit' | undefined {
  if (event.scheme === 'plover') {
    if (event.code !== 'CONSULT') return undefined
    return event.mode.includes('visit') ? 'visit' : 'meeting'
  }
  switch (event.code) {
    case '040':
    case '044':
    case '046':
      return 'meeting'
    case '042':
    case '043':
      return 'visit'
    default:
      return undefined
  }
}

/**
 * Who acts on whom in a coded event: its source on its target, or, for a reciprocal event (no
 * target and several sources, as PLOVER codes a meeting), all of the sources on each other.
 *
 * @param event - a coded event
 * @returns the acting side, the side acted upon, and whether the event is mutual; undefined
 * when the row names no pair
 * @example
 * ```ts
 * import { codedSidesOf } from 'entente-timeline'
 *
 * codedSidesOf({ source: [{ actor: 'JPN', roles: [], religions: [] }], target: [] }) // undefined
 * ```
 */
export function codedSidesOf(
  event: Pick<CodedEvent, 'source' | 'target'>,
): { readonly from: string[]; readonly to: string[]; readonly mutual: boolean } | undefined {
  const from = [...new Set(event.source.map((p) => p.actor))]
  if (event.target.length > 0) return { from, to: [...new Set(event.target.map((p) => p.actor))], mutual: false }
  return from.length >= 2 ? { from, to: from, mutual: true } : undefined
}
