/**
 * Tone: a Goldstein-weighted cooperation–conflict index, decayed with a half-life, overall and
 * by direction, with tallies by quad class. Sums are kept decayed to the time of the last
 * event, so the fold never needs the date asked about; the result decays them to it.
 */
import { InvalidArgumentError } from '../errors.js'
import type { QuadClass } from '../model/weights.js'

/** A decayed sum: its value as of `t` (ms). */
export interface _Decayed {
  v: number
  t: number
}

/** The tone state of one pair. */
export interface _ToneState {
  all: _Decayed
  /** Decayed sums by acting side. */
  by: Record<string, _Decayed>
  /** Tallies by quad class. */
  quads: Record<QuadClass, number>
}

/**
 * The tone of a relationship at a date: a cooperation–conflict index (the Goldstein weights of
 * the acts between the two, each decayed by its age with the projection's half-life), the same
 * index for each acting side, and how many acts of each quad class were counted.
 *
 * @example
 * ```ts
 * import type { ToneSummary } from 'entente-timeline'
 *
 * const describe = (tone: ToneSummary) => {
 *   const mood = tone.index > 0 ? 'cooperative' : tone.index < 0 ? 'conflictual' : 'neutral'
 *   return `${mood} (${tone.verbalConflict + tone.materialConflict} acts of conflict)`
 * }
 * ```
 */
export interface ToneSummary {
  /**
   * The Goldstein-weighted, time-decayed cooperation–conflict index: above 0 cooperative, below
   * 0 conflictual. It is a sum, not an average: each act adds its weight (-10..+10), halved for
   * every half-life between its date and the date asked about, so it is unbounded.
   */
  readonly index: number
  /** The same index for the acts of each side, keyed by the acting side (both sides for a mutual act). */
  readonly byDirection: Readonly<Record<string, number>>
  /** How many acts of verbal cooperation were counted (not decayed). */
  readonly verbalCooperation: number
  /** How many acts of material cooperation were counted (not decayed). */
  readonly materialCooperation: number
  /** How many acts of verbal conflict were counted (not decayed). */
  readonly verbalConflict: number
  /** How many acts of material conflict were counted (not decayed). */
  readonly materialConflict: number
}

/** The initial tone state. */
export function _initialTone(): _ToneState {
  return {
    all: { v: 0, t: 0 },
    by: {},
    quads: { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 },
  }
}

const LN2 = Math.LN2

/** The half-life in milliseconds, from days (365 when not given); anything but a positive, finite number is refused. */
export function _halfLifeMs(days: number | undefined): number {
  const value = days ?? 365
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError('halfLifeDays', `must be a positive number of days, not ${String(value)}`)
  }
  return value * 86_400_000
}

/**
 * The decayed sum of one acting side, made on first use. Sides are actor ids, and a person may
 * be called `constructor`: only an own key is that side's sum, never what Object.prototype holds.
 */
export function _sideSum(by: Record<string, _Decayed>, side: string): _Decayed {
  if (!Object.hasOwn(by, side)) by[side] = { v: 0, t: 0 }
  return by[side]!
}

/** A value decayed from time `from` on to time `to` (never back). */
export function _decay(value: number, from: number, to: number, halfLifeMs: number): number {
  return value !== 0 && to > from ? value * Math.exp((-LN2 * (to - from)) / halfLifeMs) : value
}

/** Adds a weight at time `t` to a decayed sum. */
export function _add(sum: _Decayed, weight: number, t: number, halfLifeMs: number): void {
  sum.v = _decay(sum.v, sum.t, t, halfLifeMs) + weight
  if (t > sum.t) sum.t = t
}

/** A decayed sum's value at `at` (ms). */
export function _valueAt(sum: _Decayed, at: number, halfLifeMs: number): number {
  if (sum.v === 0) return 0
  return sum.v * Math.exp((-LN2 * Math.max(0, at - sum.t)) / halfLifeMs)
}

/** Rounds for display: four decimals, no negative zero. */
export function _round(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000
  return rounded === 0 ? 0 : rounded
}

/** The tone summary of a tone state at `at` (ms). */
export function _summary(state: _ToneState, sides: readonly string[], at: number, halfLifeMs: number): ToneSummary {
  const byDirection: Record<string, number> = {}
  for (const side of sides)
    byDirection[side] = _round(Object.hasOwn(state.by, side) ? _valueAt(state.by[side]!, at, halfLifeMs) : 0)
  return {
    index: _round(_valueAt(state.all, at, halfLifeMs)),
    byDirection,
    verbalCooperation: state.quads['verbal-cooperation'],
    materialCooperation: state.quads['material-cooperation'],
    verbalConflict: state.quads['verbal-conflict'],
    materialConflict: state.quads['material-conflict'],
  }
}
