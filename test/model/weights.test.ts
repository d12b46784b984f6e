import { describe, expect, it } from 'vitest'
import {
  KINDS,
  type KindWeights,
  QUAD_CLASSES,
  type QuadClass,
  TONES,
  WEIGHTS,
  type Weight,
  weightOf,
} from '../../src/index.js'
import { build } from '../support/build.js'

/** The quad class of a CAMEO root code, as ICEWS groups them. */
function quadClassOfRoot(root: number): QuadClass {
  if (root <= 5) return 'verbal-cooperation'
  if (root <= 8) return 'material-cooperation'
  if (root <= 13) return 'verbal-conflict'
  return 'material-conflict'
}

const everyWeight: [string, Weight][] = Object.entries(WEIGHTS).flatMap(([kind, entry]) => [
  [`${kind} (default)`, entry.default] as [string, Weight],
  ...Object.entries(entry.subtypes ?? {}).map(
    ([subtype, weight]) => [`${kind} ${subtype}`, weight] as [string, Weight],
  ),
])

describe('WEIGHTS', () => {
  it('has an entry for every built-in kind, and no other', () => {
    expect(Object.keys(WEIGHTS).sort()).toEqual([...KINDS].sort())
  })

  it('is frozen all the way down', () => {
    // given the shared table, when someone tries to change a weight, then strict mode refuses
    expect(() => {
      ;(WEIGHTS.meeting.default as { goldstein: number }).goldstein = 10
    }).toThrow(TypeError)
    expect(WEIGHTS.meeting.default.goldstein).toBe(1)
  })

  it.each(everyWeight.filter(([, weight]) => weight.cameo !== null))(
    'puts %s in the quad class of its CAMEO root code',
    (_, weight) => {
      const root = Number(weight.cameo!.slice(0, 2))
      expect(weight.quadClass).toBe(quadClassOfRoot(root))
    },
  )

  it.each(everyWeight)('keeps %s on the Goldstein scale', (_, weight) => {
    expect(Math.abs(weight.goldstein)).toBeLessThanOrEqual(10)
  })

  it.each(['actor', 'office', 'correction', 'retraction'] as const)('gives the bookkeeping kind %s no tone', (kind) => {
    expect(WEIGHTS[kind].default).toMatchObject({ cameo: null, quadClass: null, goldstein: 0 })
  })

  it('names sub-types by a field the kind has, with values that field can take', () => {
    // given each kind with sub-types (but the communiqué, whose tone is per characterisation),
    // when its default event is built, then the field is there and its value has a weight
    for (const [kind, entry] of Object.entries(WEIGHTS) as [keyof typeof WEIGHTS, KindWeights][]) {
      if (entry.by === undefined || kind === 'communique') continue
      const event = build[kind]() as Record<string, unknown>
      expect(Object.keys(entry.subtypes ?? {}), kind).toContain(event[entry.by])
    }
  })

  it('weighs a communiqué by the tone of each characterisation, which the caller passes', () => {
    expect(Object.keys(WEIGHTS.communique.subtypes ?? {}).sort()).toEqual([...TONES].sort())
    expect(weightOf(build.communique())).toBe(WEIGHTS.communique.default)
  })

  it('uses only the four quad classes', () => {
    for (const [, weight] of everyWeight)
      if (weight.quadClass !== null) expect(QUAD_CLASSES).toContain(weight.quadClass)
  })
})

describe('weightOf', () => {
  it('gives a kind without sub-types its default weight', () => {
    expect(weightOf(build.meeting())).toEqual({
      cameo: '040',
      label: 'Consult',
      quadClass: 'verbal-cooperation',
      goldstein: 1,
    })
  })

  it('picks the sub-type named by the kind’s field', () => {
    // given a hostile statement, then it weighs as a threat
    expect(weightOf(build.statement({ tone: 'hostile' }))).toMatchObject({ cameo: '130', goldstein: -4.4 })
  })

  it('weighs a missile launch as a show of military power', () => {
    expect(weightOf(build['military-activity']()).goldstein).toBe(-7.2)
  })

  it('weighs military aid above humanitarian aid', () => {
    expect(weightOf(build.aid({ aidKind: 'military' })).goldstein).toBeGreaterThan(
      weightOf(build.aid({ aidKind: 'humanitarian' })).goldstein,
    )
  })

  it('lets an event’s own weight override the Goldstein value, keeping the code', () => {
    expect(weightOf({ ...build.meeting(), weight: -3 })).toEqual({
      cameo: '040',
      label: 'Consult',
      quadClass: 'verbal-cooperation',
      goldstein: -3,
    })
  })

  it('uses a sub-type given by the caller over the event’s field', () => {
    // given a communiqué, weighed for the tone it takes towards one actor
    expect(weightOf(build.communique(), WEIGHTS, 'critical')).toMatchObject({ cameo: '111', goldstein: -2 })
  })

  it('falls back to the default for a sub-type the table does not know', () => {
    expect(weightOf({ kind: 'statement', tone: 'sarcastic' })).toBe(WEIGHTS.statement.default)
  })

  it('gives a kind outside the table no tone', () => {
    expect(weightOf({ kind: 'sanction' })).toMatchObject({ cameo: null, quadClass: null, goldstein: 0 })
  })

  it('gives a kind outside the table the event’s own weight', () => {
    expect(weightOf({ kind: 'sanction', weight: -8 }).goldstein).toBe(-8)
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'does not mistake the inherited %s for a kind',
    (kind) => {
      expect(weightOf({ kind })).toMatchObject({ cameo: null, goldstein: 0 })
    },
  )

  it('reads a table of one’s own', () => {
    const table = {
      sanction: {
        default: {
          cameo: '163',
          label: 'Impose embargo, boycott, or sanctions',
          quadClass: 'material-conflict',
          goldstein: -8,
        },
      },
    } as const
    expect(weightOf({ kind: 'sanction' }, table).cameo).toBe('163')
  })
})

describe('the weights of the acts added for sanctions, diplomacy, recognition, threats and agreements', () => {
  // Codes and Goldstein values from the CAMEO codebook and its Goldstein table (GDELT's CAMEO.goldsteinscale.txt).
  it.each([
    ['sanctions', build.sanctions(), '163', -8],
    ['sanctions action: lift', build.sanctions({ action: 'lift' }), '085', 7],
    ['expulsion', build.expulsion(), '161', -4],
    ['ambassador', build.ambassador(), '161', -4],
    ['ambassador action: return', build.ambassador({ action: 'return' }), '050', 3.5],
    ['embassy', build.embassy(), '161', -4],
    ['embassy action: reopen', build.embassy({ action: 'reopen' }), '050', 3.5],
    ['recognition', build.recognition(), '054', 6],
    ['recognition action: withdraw', build.recognition({ action: 'withdraw' }), '161', -4],
    ['threat', build.threat(), '138', -7],
    ['threat threat: ultimatum', build.threat({ threat: 'ultimatum' }), '139', -7],
    ['threat threat: sanctions', build.threat({ threat: 'sanctions' }), '1312', -5.8],
    ['threat threat: break-relations', build.threat({ threat: 'break-relations' }), '1313', -5.8],
    ['threat threat: non-force', build.threat({ threat: 'non-force' }), '131', -5.8],
    ['threat threat: unspecified', build.threat({ threat: 'unspecified' }), '130', -4.4],
    ['agreement-act signature', build['agreement-act']({ act: 'signature', party: undefined }), '057', 8],
    ['agreement-act withdrawal', build['agreement-act'](), '160', -4],
    ['agreement-act suspension', build['agreement-act']({ act: 'suspension', party: undefined }), '160', -4],
    ['agreement-act resumption', build['agreement-act']({ act: 'resumption', party: undefined }), '050', 3.5],
  ])('weighs %s as CAMEO %s, Goldstein %d', (_, event, cameo, goldstein) => {
    expect(weightOf(event)).toMatchObject({ cameo, goldstein })
  })

  it.each(['entry-into-force', 'termination', 'expiry'] as const)('gives an agreement’s %s no tone', (act) => {
    expect(weightOf(build['agreement-act']({ act, party: undefined }))).toMatchObject({ cameo: null, quadClass: null })
  })
})
