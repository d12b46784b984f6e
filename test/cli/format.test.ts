import { beforeAll, describe, expect, it } from 'vitest'
import {
  colorEnabled,
  evidence,
  oneLine,
  paint,
  section,
  signed,
  table,
  visible,
  width,
  wrapList,
} from '../../src/cli/format.js'
import { actor, build } from '../support/build.js'
import { ensureBuilt, entente, tempDir, writeTimeline } from './support.js'

let dir: string

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
}, 120_000)

/**
 * The columns text takes on a terminal, for the scripts these tests use: kana, kanji and
 * Hangul syllables take two, combining accents none, everything else one.
 */
function columnsOf(text: string): number {
  let n = 0
  for (const char of text) {
    if (/\p{M}/u.test(char)) continue
    n += /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/.test(char) ? 2 : 1
  }
  return n
}

describe('width', () => {
  it('counts East Asian wide characters as two columns and combining marks as none', () => {
    expect(width('JPN')).toBe(3)
    expect(width('日本国')).toBe(6)
    expect(width('대한민국')).toBe(8)
    expect(width('Mu\u0308nchen')).toBe(7)
    expect(width('ＡＢ')).toBe(4)
  })
})

describe('oneLine', () => {
  it('cuts wide text by columns, not by code points', () => {
    expect(oneLine('日本国と北大西洋条約機構', 7)).toBe('日本国…')
    expect(width(oneLine('日本国と北大西洋条約機構', 7))).toBeLessThanOrEqual(7)
  })
})

describe('visible', () => {
  it('escapes control characters and bidi marks, and leaves other text alone', () => {
    expect(visible('a\u001b[2Jb\u0007c\u0000d\u202ee\u2066f\u0085g')).toBe(
      'a\\u001b[2Jb\\u0007c\\u0000d\\u202ee\\u2066f\\u0085g',
    )
    expect(visible('日本国 Mu\u0308nchen')).toBe('日本国 Mu\u0308nchen')
  })
})

describe('colorEnabled', () => {
  const terminal = { isTTY: true }
  const pipe = { isTTY: false }

  it('colours a terminal, not a pipe', () => {
    expect(colorEnabled(terminal, {})).toBe(true)
    expect(colorEnabled(pipe, {})).toBe(false)
  })

  it('does not colour when NO_COLOR is set to something, or TERM is dumb', () => {
    expect(colorEnabled(terminal, { NO_COLOR: '1' })).toBe(false)
    expect(colorEnabled(terminal, { NO_COLOR: '' })).toBe(true)
    expect(colorEnabled(terminal, { TERM: 'dumb' })).toBe(false)
  })

  it('lets FORCE_COLOR decide over everything else', () => {
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(colorEnabled(pipe, { FORCE_COLOR: '' })).toBe(true)
    expect(colorEnabled(terminal, { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' })).toBe(true)
    expect(colorEnabled(terminal, { FORCE_COLOR: '0' })).toBe(false)
    expect(colorEnabled(terminal, { FORCE_COLOR: 'false' })).toBe(false)
  })
})

describe('table', () => {
  it('pads every column but the last to its widest cell, under a header', () => {
    expect(
      table(
        [
          ['日本国', 'JPN', 'state'],
          ['NATO', 'NATO', signed(-2)],
        ],
        { color: false, header: ['NAME', 'ID', 'KIND'], indent: 1 },
      ),
    ).toEqual([' NAME    ID    KIND', ' 日本国  JPN   state', ' NATO    NATO  -2'])
  })

  it('colours cells on a terminal without counting the codes as width', () => {
    const [line] = table([[signed(3), 'x']], { color: true, indent: 0 })
    expect(line).toBe('\u001b[32m+3\u001b[39m  x')
    expect(paint('', 'red', true)).toBe('')
    expect(paint('a', undefined, true)).toBe('a')
  })

  it('escapes control characters in every cell', () => {
    expect(table([['a\u0007b', { text: 'c\u001bd', paint: 'dim' }]], { color: false })).toEqual([
      '  a\\u0007b  c\\u001bd',
    ])
  })
})

describe('section, wrapList, signed and evidence', () => {
  it('titles a block, or says none', () => {
    expect(section('Ties', ['  one'], false)).toBe('Ties\n  one')
    expect(section('Ties', [], false)).toBe('Ties\n  none')
  })

  it('wraps a list before the width given', () => {
    expect(wrapList(['aaaa', 'bbbb', 'cccc'], 2, 14)).toEqual(['  aaaa, bbbb,', '  cccc'])
    expect(wrapList([])).toEqual([])
  })

  it('signs a number and colours it by its sign; dims evidence', () => {
    expect(signed(1.5)).toEqual({ text: '+1.5', paint: 'green' })
    expect(signed(-1)).toEqual({ text: '-1', paint: 'red' })
    expect(signed(0)).toEqual({ text: '0' })
    expect(evidence(['a', 'b'])).toEqual({ text: 'a, b', paint: 'dim' })
  })
})

describe('entente tables', () => {
  it('align columns after Japanese and Korean names and combining accents by their display width', () => {
    const file = writeTimeline(dir, 'names.ndjson', [
      actor('JPN', 'state', { name: '日本国' }),
      actor('KOR', 'state', { name: '대한민국' }),
      actor('FRA', 'state', { name: 'Re\u0301publique franc\u0327aise' }),
      actor('USA', 'state', { name: 'United States of America' }),
    ])
    const run = entente(['chronology', file])
    expect(run.status).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    // The sources come last: each line's source starts at the same column.
    const starts = lines.map((line) => columnsOf(line.slice(0, line.lastIndexOf('kyodo-2023-07-13'))))
    expect(new Set(starts).size).toBe(1)
    expect(lines[0]).toContain('JPN is 日本国 (state)')
  })

  it('align the offices of a state named in Japanese', () => {
    const file = writeTimeline(dir, 'offices.ndjson', [
      actor('JPN', 'state', { name: '日本国' }),
      actor('kishida-fumio', 'person', { name: '岸田文雄' }),
      actor('matsuno-hirokazu', 'person', { name: '松野博一' }),
      build.office({ office: '内閣総理大臣' }),
      build.office({ id: 'matsuno-takes-office', person: 'matsuno-hirokazu', office: '内閣官房長官' }),
      build.office({ id: 'kishida-fm', occurred: '2021-11-04', office: 'Minister for Foreign Affairs (acting)' }),
    ])
    const run = entente(['project', file, '--offices', 'JPN', '--at', '2023'])
    expect(run.status).toBe(0)
    const rows = run.stdout.split('\n').filter((line) => /kishida|matsuno|PERSON/.test(line))
    expect(rows).toHaveLength(4)
    const starts = rows.map((line) => columnsOf(line.slice(0, line.search(/kishida|matsuno|PERSON/))))
    expect(new Set(starts).size).toBe(1)
  })
})

/** Every character a terminal would act on rather than show. */
const ACTS_ON_TERMINAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

describe('entente on a hostile file', () => {
  const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u0000\u202eevil\u202c\u2066x\u2069\u009b31m\u0085'

  function hostileFile(): string {
    return writeTimeline(dir, 'hostile.ndjson', [
      actor('JPN', 'state', { name: `Japan${HOSTILE}` }),
      actor('NATO', 'organisation', { name: `NATO${HOSTILE}` }),
      actor('stoltenberg-jens', 'person'),
      build.statement({ quote: `closest ${HOSTILE} partners` }),
      build.agreement({ title: `Programme${HOSTILE}`, areas: [`cyber${HOSTILE}`] }),
      build.membership({ id: 'jpn-partner', member: 'JPN', status: 'partner', location: `Vilnius${HOSTILE}` }),
    ])
  }

  it('shows the control characters of a chronology escaped', () => {
    const run = entente(['chronology', hostileFile()])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(ACTS_ON_TERMINAL)
    expect(run.stdout).toContain('Japan\\u001b]0;pwned\\u0007\\u001b[2J\\u0000\\u202eevil')
  })

  it('shows the control characters of a projection escaped', () => {
    const run = entente(['project', hostileFile(), 'JPN', 'NATO', '--at', '2023-07-31'])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(ACTS_ON_TERMINAL)
    expect(run.stdout).toContain('Programme\\u001b]0;pwned')
    expect(run.stdout).toContain('cyber\\u001b]0;pwned')
    expect(run.stdout).toContain('closest \\u001b]0;pwned')
  })

  it('keeps --json exact: JSON escapes what it must', () => {
    const run = entente(['chronology', hostileFile(), '--json'])
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    const entries = JSON.parse(run.stdout) as { event: { kind: string; name?: string } }[]
    expect(entries.find((entry) => entry.event.kind === 'actor')?.event.name).toBe(`Japan${HOSTILE}`)
  })

  it('shows the control characters of an error escaped', () => {
    const file = writeTimeline(dir, 'hostile-errors.ndjson', `\u001b]0;pwned\u0007 not json\n{"id":"x${HOSTILE}"}\n`)
    const run = entente(['validate', file])
    expect(run.status).toBe(1)
    expect(run.stderr).not.toMatch(ACTS_ON_TERMINAL)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(2)
    expect(run.stderr).toContain('\\u001b')
    // An argument cannot hold NUL; everything else may come from a pasted line.
    const asked = entente(['project', hostileFile(), 'JPN', `NATO${HOSTILE.replace('\u0000', '')}`, '--at', '2023'])
    expect(asked.status).toBe(1)
    expect(asked.stderr).not.toMatch(ACTS_ON_TERMINAL)
    expect(asked.stderr).toContain('unknown actor "NATO\\u001b]0;pwned')
  })
})
