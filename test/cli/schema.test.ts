import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { eventSchema, KINDS, kindSchemas } from '../../src/index.js'
import { ensureBuilt, entente, root, smallTimeline } from './support.js'

/** What `entente schema [KIND]` should print: the published file, or else the generated schema. */
function expected(kind: string | undefined): unknown {
  const file = join(root, 'docs/schema', `${kind ?? 'event'}.schema.json`)
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'))
  return z.toJSONSchema(kind === undefined ? eventSchema : kindSchemas[kind as keyof typeof kindSchemas], {
    io: 'input',
  })
}

beforeAll(ensureBuilt, 120_000)

describe('entente schema', () => {
  it('prints the published JSON Schema of any event', () => {
    const run = entente(['schema'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(expected(undefined))
  })

  it('prints the JSON Schema of one kind', () => {
    const run = entente(['schema', 'military-activity'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(expected('military-activity'))
  })

  it('prints schemas that accept the events the library accepts', { timeout: 90_000 }, () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats.default(ajv)
    const any = ajv.compile(JSON.parse(entente(['schema']).stdout) as object)
    const byKind = new Map<string, ReturnType<typeof ajv.compile>>()
    for (const event of smallTimeline() as { kind: string }[]) {
      expect(any(event), JSON.stringify(any.errors)).toBe(true)
      if (!byKind.has(event.kind))
        byKind.set(event.kind, ajv.compile(JSON.parse(entente(['schema', event.kind]).stdout) as object))
      expect(byKind.get(event.kind)!(event)).toBe(true)
    }
  })

  it('refuses an unknown kind with exit 2, listing the kinds', () => {
    const run = entente(['schema', 'blockade'])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `entente: unknown kind "blockade"; the kinds are ${KINDS.join(', ')} (see "entente schema --help")\n`,
    )
  })

  it('refuses more than one kind with exit 2', () => {
    expect(entente(['schema', 'meeting', 'visit']).status).toBe(2)
  })

  it('lists the kinds in its help', () => {
    const { stdout } = entente(['schema', '--help'])
    for (const kind of KINDS) expect(stdout).toContain(kind)
  })
})
