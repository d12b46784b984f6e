/**
 * The programs in examples/ run as a reader would run them from a clone, `npx tsx
 * examples/<name>.ts`, and print what they are there to show.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/workspace.js'

const run = promisify(execFile)

async function output(program: string): Promise<string> {
  const { stdout } = await run(join(ROOT, 'node_modules/.bin/tsx'), [program], { cwd: ROOT, timeout: 55_000 })
  return stdout
}

describe('examples/', { concurrent: true, timeout: 60_000 }, () => {
  it('build-a-timeline.ts builds a timeline, corrects it, and tells what was known when', async () => {
    const printed = await output('examples/build-a-timeline.ts')
    expect(printed).toContain('declared: 4 events')
    expect(printed).toContain('refused: expected version 5, found 6')
    expect(printed).toContain('the old timeline still has 6 events; the new one has 7')
    expect(printed).toContain('known on 2023-07-12T01:00:00Z: nothing')
    expect(printed).toContain('known on 2023-07-12: suspected suspected ICBM')
    expect(printed).toContain('known on 2023-07-13: confirmed Hwasong-18 ICBM')
    expect(printed).toContain('JPN–PRK tone: -9.1825 (PRK -7.1863, JPN -1.9962)')
    expect(printed).toContain('2023-07-13 correction correction-launch-confirmed')
    expect(printed).toContain('NDJSON: 7 lines; read back: 7 events')
  })

  it('relationship-over-a-year.ts shows Japan and NATO month by month, with what changed', async () => {
    const printed = await output('examples/relationship-over-a-year.ts')
    expect(printed).toContain('2022-01  partner               0         0        0    0.02')
    expect(printed).toContain('2022-06  partner               1         1        1   11.47')
    expect(printed).toContain('           2022-06-29 agreement: agreement-japan-nato-expand-cooperation-2022-06-29')
    expect(printed).toContain('2023-07  partner               1         3        2   33.89')
    expect(printed).toContain('           2023-07-12 meeting: meeting-kishida-stoltenberg-2023-07-12')
    expect(printed).toContain(
      '           2023-07-12 agreement-act: agreement-act-japan-nato-expand-cooperation-fulfilled-2023-07-12',
    )
    expect(printed).toContain('2023-12  partner               1         3        2   25.34')
    expect(printed.trim().split('\n')).toHaveLength(39)
  })

  it('custom-kind.ts adds a sanction kind, projects over it, and weighs it in tone', async () => {
    const printed = await output('examples/custom-kind.ts')
    expect(printed).toContain('without the vocabulary: event "x": kind: "sanction" is not a known kind')
    expect(printed).toContain('2023-03-01: asset freezes, dual-use export ban')
    expect(printed).toContain('2023-07-01: anti-circumvention tool, asset freezes, dual-use export ban')
    expect(printed).toContain('2023-12-31: anti-circumvention tool, dual-use export ban')
    expect(printed).toContain('EU–RUS tone: -4.4437, by EU -4.4437; material conflict 2, material cooperation 1')
  })
})
