import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  membership,
  network,
  officeHolders,
  type ProjectOptions,
  proposal,
  relationship,
  Timeline,
} from '../../src/index.js'
import { actor, build } from '../support/build.js'
import { ensureBuilt, entente, fixture, smallTimeline, tempDir, writeTimeline } from './support.js'

let dir: string
let small: string
let timeline: Timeline

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
  small = writeTimeline(dir, 'small.ndjson', smallTimeline())
  timeline = Timeline.from(smallTimeline())
}, 120_000)

/** What `--json` must print: the library's result for the same question. */
function json(result: unknown): string {
  return `${JSON.stringify(result, null, 2)}\n`
}

describe('entente project FILE A B', () => {
  it('shows the ties of A and B with status, since, certainty, whether disputed, and evidence', () => {
    const run = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('JPN and NATO at 2023-07-31')
    expect(lines).toContain('  MEMBER  STATUS   OF    SINCE       CERTAINTY  DISPUTED  EVIDENCE')
    expect(lines).toContain('  JPN     partner  NATO  2014-05-06  confirmed  no        jpn-partner-nato')
    expect(lines).toContain('  also claimed: JPN observer of NATO (reported) jpn-observer-nato')
  })

  it('shows agreements in force with their areas and period, contacts, tone, quotes and evidence', () => {
    const { stdout } = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'])
    const expected = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-31' })
    for (const text of [
      'Agreements in force\n  Individually Tailored Partnership Programme\n    in force  2023-07-12 – 2026\n    status    in force\n    areas     cyber defence, outer space\n    evidence  jpn-nato-itpp\n',
      `Contacts\n  meetings          ${expected.contacts.meetings}\n  visits            0\n  summits together  ${expected.contacts.summits}\n  last contact      2023-07-12  kishida-meets-stoltenberg\n`,
      `Tone\n  index                 +${expected.tone.index}\n  by JPN                +${expected.tone.byDirection['JPN']}\n`,
      `  verbal cooperation    ${expected.tone.verbalCooperation}\n  material cooperation  0\n  verbal conflict       0\n  material conflict     0\n`,
      '  2023-07-12  stoltenberg-jens  stoltenberg-on-japan  "Japan is one of our closest partners."\n',
      'Evidence\n  ',
    ]) {
      expect(stdout).toContain(text)
    }
    for (const id of expected.evidence) expect(stdout).toContain(id)
  })

  it('lists a meeting that counts for neither side, because a person in it held no office then', () => {
    // given Kishida meeting Stoltenberg in 2020, before the office the file records for him (2021)
    const early = build.meeting({
      id: 'kishida-meets-stoltenberg-2020',
      occurred: '2020-02-10',
      recorded: '2023-02-01T00:00:00Z',
      sources: [{ id: 'archive-2023', publisher: 'Archive', published: '2023-02-01' }],
      actors: ['kishida-fumio', 'stoltenberg-jens'],
      participants: [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }],
      summit: undefined,
    })
    const file = writeTimeline(dir, 'early-meeting.ndjson', [...smallTimeline(), early])
    const run = entente(['project', file, 'JPN', 'NATO', '--at', '2020-12-31'])
    // then the text says why it is not counted, and --json carries the same list
    expect(run.stdout).toContain(
      'Not counted for either side\n  DATE        KIND     EVENT                           WHY\n' +
        '  2020-02-10  meeting  kishida-meets-stoltenberg-2020  kishida-fumio held no office on 2020-02-10: it counts for no state or organisation\n',
    )
    const json = JSON.parse(entente(['project', file, 'JPN', 'NATO', '--at', '2020-12-31', '--json']).stdout)
    expect(json.unattributed.map((u: { event: string }) => u.event)).toEqual(['kishida-meets-stoltenberg-2020'])
    // and a relationship with nothing unattributed has no such section
    expect(entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31']).stdout).not.toContain('Not counted')
  })

  it('shows each agreement’s status and who withdrew, and the agreements no longer in force', () => {
    // given the programme suspended in 2024, then Japan withdrawing from it in 2025
    const acts = [
      build['agreement-act']({
        id: 'itpp-suspended',
        occurred: '2024-03',
        recorded: '2024-04-01T00:00:00Z',
        actors: ['JPN', 'NATO'],
        agreement: 'jpn-nato-itpp',
        act: 'suspension',
        party: undefined,
      }),
      build['agreement-act']({
        id: 'jpn-withdraws',
        occurred: '2025-01-15',
        recorded: '2025-01-16T00:00:00Z',
        actors: ['JPN', 'NATO'],
        agreement: 'jpn-nato-itpp',
        act: 'withdrawal',
        party: 'JPN',
      }),
    ]
    const file = writeTimeline(dir, 'itpp-acts.ndjson', [...smallTimeline(), ...acts])
    // then in force at first, suspended in 2024, and ended by Japan's withdrawal in 2025
    expect(entente(['project', file, 'JPN', 'NATO', '--at', '2023-07-31']).stdout).toContain(
      '    in force  2023-07-12 – 2026\n    status    in force\n',
    )
    const suspended = entente(['project', file, 'JPN', 'NATO', '--at', '2024-06-30']).stdout
    expect(suspended).toContain('    status    suspended\n')
    expect(suspended).toContain('Agreements no longer in force\n  none\n')
    const after = entente(['project', file, 'JPN', 'NATO', '--at', '2025-06-30']).stdout
    expect(after).toContain('Agreements in force\n  none\n')
    expect(after).toContain(
      'Agreements no longer in force\n  Individually Tailored Partnership Programme\n' +
        '    ended     2025-01-15, by withdrawal\n    withdrew  JPN\n' +
        '    evidence  itpp-suspended, jpn-nato-itpp, jpn-withdraws\n',
    )
  })

  it('prints exactly the library result with --json', () => {
    const run = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31', '--json'])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(json(timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-31' })))
  })

  it('keeps the pair in the order asked', () => {
    const run = entente(['project', small, 'NATO', 'JPN', '--at', '2023-07-31', '--json'])
    expect(run.stdout).toBe(json(timeline.project(relationship('NATO', 'JPN'), { at: '2023-07-31' })))
    expect(entente(['project', small, 'NATO', 'JPN', '--at', '2023-07-31']).stdout).toMatch(
      /^NATO and JPN at 2023-07-31\n/,
    )
  })

  it('answers as the log stood on --known-on, with --uncertainty and --half-life passed on', () => {
    const options: ProjectOptions = { at: '2023-07-12', knownOn: '2023-07-12T12:00:00Z', uncertainty: 'possible' }
    const run = entente([
      'project',
      small,
      'JPN',
      'NATO',
      '--at',
      '2023-07-12',
      '--known-on',
      '2023-07-12T12:00:00Z',
      '--uncertainty',
      'possible',
      '--half-life',
      '30',
      '--json',
    ])
    expect(run.stdout).toBe(json(timeline.project(relationship('JPN', 'NATO', { halfLifeDays: 30 }), options)))
    const text = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-12', '--known-on', '2023-07-12T12:00:00Z'])
    expect(text.stdout).toMatch(/^JPN and NATO at 2023-07-12, as known on 2023-07-12T12:00:00Z\n/)
    expect(text.stdout).not.toContain('jpn-observer-nato')
  })

  it('reads the timeline from standard input for -', () => {
    const run = entente(['project', '-', 'JPN', 'NATO', '--at', '2023-07-31', '--json'], {
      input: readFileSync(small, 'utf8'),
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(json(timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-31' })))
  })
})

describe('entente project with another projection', () => {
  const at = '2023-07-31'

  it('prints the library result of --membership, --offices, --proposal and --network with --json', () => {
    const cases: [string[], unknown][] = [
      [['--membership', 'NATO'], timeline.project(membership('NATO'), { at })],
      [['--offices', 'JPN'], timeline.project(officeHolders('JPN'), { at })],
      [['--proposal', 'nato-tokyo-office'], timeline.project(proposal('nato-tokyo-office'), { at })],
      [['--network'], timeline.project(network(), { at })],
      [['--network', '--half-life', '90'], timeline.project(network({ halfLifeDays: 90 }), { at })],
    ]
    for (const [args, expected] of cases) {
      const run = entente(['project', small, ...args, '--at', at, '--json'])
      expect(run.stderr).toBe('')
      expect(run.stdout).toBe(json(expected))
    }
  })

  it('lists the members of an organisation with their statuses', () => {
    const { stdout, status } = entente(['project', small, '--membership', 'NATO', '--at', at])
    expect(status).toBe(0)
    expect(stdout).toBe(
      [
        'Members of NATO at 2023-07-31',
        '',
        'Members: 2 members, 1 partner',
        '  ACTOR  STATUS   SINCE       CERTAINTY  DISPUTED  EVIDENCE',
        '  FRA    member   1949-04-04  confirmed  no        fra-joins-nato',
        '  JPN    partner  2014-05-06  confirmed  no        jpn-partner-nato',
        '  LTU    member   2004-03-29  confirmed  no        ltu-joins-nato',
        '  also claimed: JPN observer (reported) jpn-observer-nato',
        '',
      ].join('\n'),
    )
  })

  it('lists who held which office', () => {
    const { stdout } = entente(['project', small, '--offices', 'JPN', '--at', at])
    expect(stdout).toContain(
      '  OFFICE          PERSON         SINCE       EVIDENCE\n  Prime Minister  kishida-fumio  2021-10-04  kishida-takes-office\n',
    )
  })

  it('shows a proposal with its supporters and opponents', () => {
    const { stdout } = entente(['project', small, '--proposal', 'nato-tokyo-office', '--at', at])
    expect(stdout).toContain('  status      proposed\n  supporters  JPN, NATO\n  opponents   FRA\n')
  })

  it('shows every pair of the network with its tone and ties', () => {
    const { stdout } = entente(['project', small, '--network', '--at', at])
    expect(stdout).toMatch(
      /^ {2}JPN–NATO +\+[\d.]+ +JPN \+[\d.]+, NATO \+[\d.]+ +\d+\/0 +0\/0 +JPN partner of NATO \(jpn-partner-nato\)$/m,
    )
    expect(stdout).toMatch(/^ {2}JPN–PRK +-[\d.]+ /m)
  })
})

describe('entente project on an empty file', () => {
  it('warns that the file is empty, then refuses the actors it does not declare, with exit 1', () => {
    const empty = writeTimeline(dir, 'empty.ndjson', '')
    const run = entente(['project', empty, 'JPN', 'NATO', '--at', '2023-07-12', '--json'])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `entente: warning: ${empty} is empty: it holds no events\nentente: ${empty}: unknown actor "JPN"\n`,
    )
  })

  it('answers --network of an empty file with nothing, warning that it is empty, and exits 0', () => {
    const empty = writeTimeline(dir, 'empty.ndjson', '')
    const run = entente(['project', empty, '--network', '--at', '2023-07-12', '--json'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe(`entente: warning: ${empty} is empty: it holds no events\n`)
    expect(run.stdout).toBe(json(Timeline.empty().project(network(), { at: '2023-07-12' })))
  })

  it('warns about an empty standard input as <stdin>', () => {
    const run = entente(['project', '-', '--network', '--at', '2023-07-12'], { input: '\n\n' })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('entente: warning: <stdin> is empty: it holds no events\n')
    expect(run.stdout).toMatch(/^Network at 2023-07-12\n/)
  })
})

describe('entente project refuses', () => {
  it('an actor the file does not declare, with exit 1', () => {
    expect(entente(['project', small, 'JPN', 'XYZ', '--at', '2023-07-12'])).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${small}: unknown actor "XYZ"\n`,
    })
    expect(entente(['project', small, '--offices', 'jpn', '--at', '2023-07-12']).stderr).toBe(
      `entente: ${small}: unknown actor "jpn" (did you mean "JPN"?)\n`,
    )
  })

  it('an actor the file declares only after --known-on, saying when it does', () => {
    expect(
      entente(['project', fixture, 'PRK', 'JPN', '--at', '2023-07-12', '--known-on', '2023-07-12T01:00:00Z']),
    ).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${fixture}: unknown actor "PRK" as known on 2023-07-12T01:00:00.000Z (the file records it at 2023-07-12T01:13:00.000Z)\n`,
    })
  })

  it('a proposal the file does not hold, with exit 1', () => {
    expect(entente(['project', small, '--proposal', 'nope', '--at', '2023-07-12'])).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${small}: unknown proposal "nope"\n`,
    })
    expect(entente(['project', small, '--proposal', 'jpn-nato-itpp', '--at', '2023-07-12']).stderr).toBe(
      `entente: ${small}: "jpn-nato-itpp" is an agreement event, not a proposal\n`,
    )
  })

  it('--membership of an actor that is not an organisation, with exit 1', () => {
    expect(entente(['project', small, '--membership', 'JPN', '--at', '2023-07-12'])).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${small}: --membership: "JPN" is a state, not an organisation\n`,
    })
    expect(entente(['project', small, '--membership', 'kishida-fumio', '--at', '2023-07-12']).stderr).toBe(
      `entente: ${small}: --membership: "kishida-fumio" is a person, not an organisation\n`,
    )
  })

  it('a file that does not exist, with exit 1 and one line', () => {
    const missing = join(dir, 'missing.ndjson')
    expect(entente(['project', missing, 'JPN', 'NATO', '--at', '2023-07-12'])).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${missing}: no such file\n`,
    })
  })

  it('a file with a bad line, naming the file and line, with exit 1 and no stack trace', () => {
    const bad = writeTimeline(
      dir,
      'bad.ndjson',
      `${JSON.stringify(actor('JPN', 'state'))}\n${JSON.stringify(actor('NATO', 'organisation', { occurred: '2023-13-01' }))}\n`,
    )
    const run = entente(['project', bad, 'JPN', 'NATO', '--at', '2023-07-12'])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`entente: ${bad}:2: event "actor-NATO": occurred: "2023-13-01" is not a calendar date\n`)
  })

  it('a bad or missing --at with exit 2, before reading the file', () => {
    const missing = join(dir, 'missing.ndjson')
    expect(entente(['project', missing, 'JPN', 'NATO', '--at', '2023-02-30'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: --at: "2023-02-30" is not a calendar date (see "entente project --help")\n',
    })
    expect(entente(['project', small, 'JPN', 'NATO', '--at', 'yesterday']).status).toBe(2)
    expect(entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-12T10:00']).stderr).toContain('has no time zone')
    expect(entente(['project', small, 'JPN', 'NATO']).stderr).toBe(
      'entente: missing --at DATE (see "entente project --help")\n',
    )
    expect(entente(['project', small, 'JPN', 'NATO', '--at']).stderr).toBe(
      'entente: --at needs a value (see "entente project --help")\n',
    )
  })

  const mistakes: [string, string[], string][] = [
    ['no file', [], 'missing FILE'],
    ['one actor', ['FILE', 'JPN', '--at', '2023-07-12'], 'missing B'],
    ['no actor and no other projection', ['FILE', '--at', '2023-07-12'], 'missing A B'],
    ['a third actor', ['FILE', 'JPN', 'NATO', 'LTU', '--at', '2023-07-12'], 'unexpected argument "LTU"'],
    ['the same actor twice', ['FILE', 'JPN', 'JPN', '--at', '2023-07-12'], 'A and B are the same actor'],
    ['two projections', ['FILE', '--membership', 'NATO', '--network', '--at', '2023-07-12'], 'give only one of'],
    [
      'an actor with --membership',
      ['FILE', 'JPN', '--membership', 'NATO', '--at', '2023-07-12'],
      '--membership takes no actors',
    ],
    [
      'a bad --known-on',
      ['FILE', 'JPN', 'NATO', '--at', '2023-07-12', '--known-on', '2023-7-13'],
      '--known-on: "2023-7-13" is not a date',
    ],
    [
      'a bad --uncertainty',
      ['FILE', 'JPN', 'NATO', '--at', '2023-07-12', '--uncertainty', 'maybe'],
      '--uncertainty: must be strict or possible',
    ],
    [
      'a bad --half-life',
      ['FILE', 'JPN', 'NATO', '--at', '2023-07-12', '--half-life', 'soon'],
      '--half-life: must be a positive number of days',
    ],
    [
      '--half-life with --offices',
      ['FILE', '--offices', 'JPN', '--at', '2023-07-12', '--half-life', '30'],
      '--half-life applies only to',
    ],
    [
      'an option given twice',
      ['FILE', 'JPN', 'NATO', '--at', '2023-07-12', '--at', '2024-07-12'],
      '--at is given more than once; give it once',
    ],
    [
      'an option given twice, once with =',
      ['FILE', 'JPN', 'NATO', '--at', '2023-07-12', '--known-on=2023-07-13', '--known-on', '2023-07-14'],
      '--known-on is given more than once',
    ],
    [
      'a value given to --json',
      ['FILE', 'JPN', 'NATO', '--at', '2023-07-12', '--json=yes'],
      '--json does not take a value',
    ],
  ]

  it.each(mistakes)('%s, with exit 2 and a pointer to the help', (_, args, message) => {
    const run = entente(['project', ...args.map((arg) => (arg === 'FILE' ? small : arg))])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^entente: .+ \(see "entente project --help"\)\n$/)
    expect(run.stderr).toContain(message)
  })
})

describe.runIf(existsSync(fixture))('entente project on the Vilnius fixture', () => {
  const file = 'fixtures/vilnius-2023.ndjson'
  let vilnius: Timeline

  beforeAll(() => {
    vilnius = Timeline.fromNdjson(readFileSync(join(fixture), 'utf8'))
  })

  it('prints the same relationship of Japan and NATO as the library, as known the day after', () => {
    const options = { at: '2023-07-12', knownOn: '2023-07-13' }
    const run = entente(['project', file, 'JPN', 'NATO', '--at', '2023-07-12', '--known-on', '2023-07-13', '--json'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(json(vilnius.project(relationship('JPN', 'NATO'), options)))
  })

  it('prints the same NATO membership as the library', () => {
    const run = entente(['project', file, '--membership', 'NATO', '--at', '2023-07-12', '--json'])
    expect(run.stdout).toBe(json(vilnius.project(membership('NATO'), { at: '2023-07-12' })))
  })

  it('shows Japan and NATO in readable sections', () => {
    const run = entente(['project', file, 'JPN', 'NATO', '--at', '2023-07-12'])
    expect(run.status).toBe(0)
    for (const title of [
      'Ties',
      'Agreements in force',
      'Contacts',
      'Tone',
      'Stances on shared proposals',
      'Quotes',
      'Evidence',
    ]) {
      expect(run.stdout).toContain(`\n\n${title}\n`)
    }
  })
})
