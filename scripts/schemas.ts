/**
 * The JSON Schemas in docs/schema, generated from the zod schemas: one for any event (the
 * union) and one per kind. They describe the input the parser accepts (`io: 'input'`), so fields
 * with defaults are optional and every event `parseEvent` accepts validates against them.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import {
  actorIdSchema,
  dateStringSchema,
  type EventKind,
  eventSchema,
  KINDS,
  kindSchemas,
  recordedSchema,
} from '../src/index.js'

/** Where the schemas live, relative to the package root. */
export const SCHEMA_DIRECTORY = 'docs/schema'

/** Where the published package serves them, for their `$id`s. */
const BASE_URL = 'https://unpkg.com/entente-timeline/docs/schema/'

/** What each kind records, for the `description` of its schema. */
const DESCRIPTIONS: { readonly [K in EventKind]: string } = {
  actor: 'Declares a state, an organisation or a person, so that the log describes itself.',
  office: 'A person takes or leaves an office of a state or an organisation.',
  membership: 'An actor joins or leaves an organisation, or gains or loses a status in it.',
  summit: 'A multilateral gathering: who convened and hosted it, and who attended in which status.',
  meeting: 'Bilateral or small-group talks, possibly on the sidelines of a summit.',
  visit: "One actor's leader (or the actor itself) visits another's territory.",
  statement: 'A public remark, with its words, about or towards other actors.',
  communique: 'A joint text issued by an organisation or a summit, with what it calls other actors.',
  agreement: 'A signed or adopted instrument between parties, with its areas and the period it is in force.',
  proposal: 'A proposal put on the table.',
  position: 'An actor supports, opposes or is neutral on a proposal.',
  'military-activity': 'A missile launch or test, an exercise, a deployment, an incursion or a strike.',
  reaction: 'Praise, support, concern, rebuttal or condemnation of another event.',
  aid: 'Economic, humanitarian, diplomatic or military support from a donor to a recipient.',
  correction: 'Replaces fields of an earlier event, as seen from the time the correction was recorded.',
  retraction: 'Withdraws an earlier event from projections, as seen from the time the retraction was recorded.',
  coded:
    'A row of a machine-coded event dataset (GDELT, ICEWS, POLECAT), with its code, quad class, Goldstein value, sides, counts and places.',
  'agreement-act':
    "An act in an agreement's life: signature, entry into force, suspension, resumption, a party's withdrawal, termination or expiry.",
  sanctions: 'Sanctions imposed on a target, or lifted.',
  expulsion: "A state expels another state's diplomats.",
  ambassador: 'A state recalls its ambassador from another, or sends the ambassador back.',
  embassy: 'A state closes its embassy (or another mission) in another state, or reopens it.',
  recognition: 'A state recognises another state or government diplomatically, or withdraws its recognition.',
  threat: 'An actor threatens others: with sanctions, a break of relations, force, or an ultimatum.',
}

/*
 * Some of the zod schemas check strings in code, which JSON Schema cannot carry. These patterns
 * stand in for those checks: each accepts every string the zod schema accepts (and, since it
 * cannot know the calendar, some it rejects, such as 2023-02-30).
 */
const TIME = 'T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})'
const DATE_PATTERN = `^\\d{4}(?:-\\d{2}(?:-\\d{2}(?:${TIME})?)?)?$`
const RECORDED_PATTERN = `^\\d{4}-\\d{2}-\\d{2}(?:${TIME})?$`
const ACTOR_ID_PATTERN = '^(?:[A-Z][A-Z0-9]{1,15}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$'
// zod reads a URL with the WHATWG parser, which trims it and allows any Unicode (a Japanese
// Wikipedia address); the "uri" format allows neither, so it gives way to the scheme alone.
const HTTP_URL_PATTERN = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://'

type OverrideContext = Parameters<NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>>[0]

function override({ zodSchema, jsonSchema }: OverrideContext): void {
  if (zodSchema === dateStringSchema) {
    Object.assign(jsonSchema, {
      pattern: DATE_PATTERN,
      description: 'YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp with Z or an offset; the date must exist.',
    })
  } else if (zodSchema === recordedSchema) {
    Object.assign(jsonSchema, {
      pattern: RECORDED_PATTERN,
      description: 'A day YYYY-MM-DD (meaning its start) or an ISO timestamp with Z or an offset.',
    })
  } else if (zodSchema === actorIdSchema) {
    Object.assign(jsonSchema, {
      pattern: ACTOR_ID_PATTERN,
      description:
        'An actor id: ISO 3166-1 alpha-3 for a state (JPN), an upper-case code for an organisation (NATO), a lower-case slug for a person (kishida-fumio).',
    })
  } else if (jsonSchema.format === 'uri') {
    delete jsonSchema.format
    Object.assign(jsonSchema, { pattern: HTTP_URL_PATTERN, description: 'An http or https URL.' })
  }
}

function render(schema: z.ZodType, file: string, title: string, description: string): string {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', override })
  return `${JSON.stringify({ $schema, $id: `${BASE_URL}${file}`, title, description, ...rest }, null, 2)}\n`
}

/**
 * Generates every schema file.
 *
 * @returns the contents of each file, keyed by its name: `event.schema.json` for the union,
 * `<kind>.schema.json` for each kind
 */
export function generateSchemas(): Map<string, string> {
  const files = new Map<string, string>()
  files.set(
    'event.schema.json',
    render(
      eventSchema,
      'event.schema.json',
      'entente event',
      'Any event of the entente log: one of the built-in kinds, told apart by "kind".',
    ),
  )
  for (const kind of KINDS) {
    const file = `${kind}.schema.json`
    files.set(file, render(kindSchemas[kind], file, `entente ${kind} event`, DESCRIPTIONS[kind]))
  }
  return files
}

/**
 * Compares the schema files in a directory with freshly generated ones.
 *
 * @param directory - the directory that should hold them
 * @returns the names of the files that are missing, differ, or should not be there (empty when all is fresh)
 */
export async function findStaleSchemas(directory: string): Promise<string[]> {
  const expected = generateSchemas()
  const present = await readdir(directory).catch(() => [] as string[])
  const stale: string[] = []
  for (const [file, content] of expected) {
    const onDisk = await readFile(join(directory, file), 'utf8').catch(() => undefined)
    if (onDisk !== content) stale.push(file)
  }
  for (const file of present) if (file.endsWith('.schema.json') && !expected.has(file)) stale.push(file)
  return stale.sort()
}
