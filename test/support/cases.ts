/**
 * One list of valid and invalid events per kind, shared by the unit tests of each kind and by
 * the test that holds the generated JSON Schema to the zod schemas: both read the same cases.
 */
import type { EventKind } from '../../src/index.js'
import { actor, build, citation, without } from './build.js'

/** An event every validator must accept. */
export interface ValidCase {
  /** What it is, in words: "a meeting without a summit". */
  readonly name: string
  readonly value: unknown
}

/** An event that must be rejected, with where and why. */
export interface InvalidCase {
  /** What is wrong, in words: "a meeting with one participant". */
  readonly name: string
  readonly value: unknown
  /** The path of the one issue found. */
  readonly path: readonly (string | number)[]
  /** A part of its message that says why. */
  readonly message: string
  /**
   * Whether the JSON Schema rejects it too (`'rejects'`: a wrong type, a missing field, a bad
   * enum, an unknown field, a bad pattern), or only zod's own checks can tell (`'zod-only'`:
   * calendar dates, actors that must be listed, cross-field rules).
   */
  readonly jsonSchema: 'rejects' | 'zod-only'
}

const valid = (name: string, value: unknown): ValidCase => ({ name, value })

const invalid = (
  name: string,
  value: unknown,
  path: readonly (string | number)[],
  message: string,
  jsonSchema: InvalidCase['jsonSchema'] = 'rejects',
): InvalidCase => ({ name, value, path, message, jsonSchema })

/** Valid events of each kind: the builder's default and the variants worth telling apart. */
export const validCases: { readonly [K in EventKind]: readonly ValidCase[] } = {
  actor: [
    valid('a state', build.actor()),
    valid('an organisation with a digit in its code', actor('G7', 'organisation', { name: 'Group of Seven' })),
    valid(
      'a person with aliases',
      actor('kishida-fumio', 'person', { name: 'Kishida Fumio', aliases: ['岸田文雄', 'Fumio Kishida'] }),
    ),
  ],
  office: [
    valid('a person taking office', build.office()),
    valid('a person leaving office', build.office({ change: 'end', occurred: '2024-10-01' })),
  ],
  membership: [
    valid('a state joining as a member', build.membership()),
    valid('a partner status ending', build.membership({ member: 'JPN', status: 'partner', change: 'end' })),
  ],
  summit: [
    valid('a summit over two days', build.summit()),
    valid('a summit convened by no organisation', without(build.summit(), 'organisation')),
  ],
  meeting: [
    valid('a meeting on the sidelines of a summit', build.meeting()),
    valid(
      'a meeting of two states, without a summit',
      without(build.meeting({ participants: [{ actor: 'JPN' }, { actor: 'KOR' }] }), 'summit'),
    ),
    valid(
      'a meeting dated only approximately',
      build.meeting({ occurred: { date: '2023-03', approximate: true }, topics: ['Indo-Pacific'] }),
    ),
  ],
  visit: [
    valid('a leader visiting a state', build.visit()),
    valid('a visit without a purpose', without(build.visit(), 'purpose')),
  ],
  statement: [
    valid('a remark about another actor', build.statement()),
    valid(
      'an analyst speaking for no one, about no one',
      without(
        build.statement({ speaker: 'analyst-jane', affiliation: 'A think tank', tone: 'neutral' }),
        'for',
        'about',
      ),
    ),
  ],
  communique: [
    valid('a communiqué characterising an actor', build.communique()),
    valid(
      'a communiqué characterising no one',
      without(build.communique({ quote: 'We remain united.' }), 'characterizations', 'summit'),
    ),
  ],
  agreement: [
    valid('an agreement in force from a day on', build.agreement()),
    valid('an agreement in force until a year', build.agreement({ inForce: { from: '2023-07-12', until: '2026' } })),
    valid('an agreement with no areas', without(build.agreement(), 'areas')),
  ],
  proposal: [
    valid('a proposal on the table', build.proposal()),
    valid('a proposal shelved', build.proposal({ status: 'shelved' })),
  ],
  position: [
    valid('an actor opposing a proposal', build.position()),
    valid(
      'an actor supporting a proposal, in its words',
      build.position({ stance: 'support', quote: 'We welcome it.' }),
    ),
  ],
  'military-activity': [
    valid('a suspected missile launch near another actor', build['military-activity']()),
    valid(
      'an exercise with no details',
      without(build['military-activity']({ activity: 'exercise' }), 'near', 'details'),
    ),
  ],
  reaction: [
    valid('a rebuttal towards an actor', build.reaction()),
    valid('praise towards no one in particular', without(build.reaction({ stance: 'praise' }), 'towards')),
  ],
  aid: [
    valid('humanitarian aid with an amount', build.aid()),
    valid('diplomatic support with no amount', without(build.aid({ aidKind: 'diplomatic' }), 'amount')),
  ],
  correction: [
    valid('a change of certainty', build.correction()),
    valid(
      'a change of nested fields, with a reason',
      build.correction({ changes: { occurred: { from: '2023-07-11', to: '2023-07-12' } }, reason: 'a second source' }),
    ),
  ],
  retraction: [valid('a retraction with a reason', build.retraction())],
  coded: [
    valid('a GDELT row with both sides', build.coded()),
    valid(
      'a PLOVER row with one side and no Goldstein value',
      build.coded({
        actors: ['RUS'],
        weight: undefined,
        dataset: 'plover',
        scheme: 'plover',
        code: 'CONSULT',
        label: 'Consult',
        source: [{ actor: 'RUS' }],
        target: [],
        counts: undefined,
        mode: ['phone'],
      }),
    ),
  ],
  'agreement-act': [
    valid('a withdrawal by a party', build['agreement-act']()),
    valid(
      'a termination superseded by another agreement',
      without(build['agreement-act']({ act: 'termination', supersededBy: 'new-start' }), 'party'),
    ),
    valid('an entry into force', without(build['agreement-act']({ act: 'entry-into-force' }), 'party')),
  ],
  sanctions: [
    valid('sanctions imposed with their measures', build.sanctions()),
    valid('sanctions lifted, measures unnamed', without(build.sanctions({ action: 'lift' }), 'measures')),
  ],
  expulsion: [
    valid('an expulsion of a number of diplomats', build.expulsion()),
    valid('an expulsion without a count', without(build.expulsion(), 'count')),
  ],
  ambassador: [
    valid('an ambassador recalled', build.ambassador()),
    valid('an ambassador sent back', build.ambassador({ action: 'return' })),
  ],
  embassy: [
    valid('an embassy closed', build.embassy()),
    valid('a consulate reopened', build.embassy({ action: 'reopen', mission: 'consulate in Lviv' })),
  ],
  recognition: [
    valid('recognition given', build.recognition()),
    valid('recognition withdrawn', build.recognition({ action: 'withdraw' })),
  ],
  threat: [
    valid('a threat of force', build.threat()),
    valid(
      'a threat of unspecified kind, with its words',
      without(build.threat({ quote: 'we will respond' }), 'threat'),
    ),
  ],
}

/** Valid events that exercise the envelope every kind shares. */
export const validEnvelopeCases: readonly ValidCase[] = [
  valid('an event cited by the id of an earlier citation', build.visit({ sources: ['kyodo-2023-07-13'] })),
  valid(
    'a citation with a URL in Japanese',
    build.visit({ sources: [citation({ url: 'https://ja.wikipedia.org/wiki/岸田文雄' })] }),
  ),
  valid(
    'a citation with only the required fields',
    build.visit({ sources: [{ id: 'nhk-1', publisher: 'NHK', published: '2023-07' }] }),
  ),
  valid(
    'an instant with a fraction and an offset',
    build.visit({ occurred: '2023-07-11T09:30:15.250+09:00', recorded: '2023-07-11T12:00:00+02:00' }),
  ),
  valid('a recorded day', build.visit({ recorded: '2023-07-13' })),
  valid(
    'an interval of months, flagged approximate',
    build.visit({ occurred: { from: '2023-03', to: '2023-05', approximate: true } }),
  ),
  valid('a year', build.visit({ occurred: '2023' })),
  valid(
    'every optional field of the envelope',
    build.visit({
      certainty: 'confirmed',
      location: 'Vilnius',
      tags: ['nato', 'indo-pacific'],
      notes: 'Dated by the host.',
      weight: -10,
    }),
  ),
  valid('the highest weight', build.visit({ weight: 10 })),
]

/** Invalid events of each kind: each way one can be wrong, with the one issue it gives. */
export const invalidCases: { readonly [K in EventKind]: readonly InvalidCase[] } = {
  actor: [
    invalid('an actor without a name', without(build.actor(), 'name'), ['name'], 'is required'),
    invalid(
      'an actor of an unknown kind of actor',
      build.actor({ actorKind: 'country' as never }),
      ['actorKind'],
      '"country" is not one of "state", "organisation", "person"',
    ),
    invalid('an actor whose name is a number', build.actor({ name: 42 as never }), ['name'], 'expected string, got 42'),
    invalid(
      'an actor with an unknown field',
      { ...build.actor(), founded: '1952' },
      ['founded'],
      'unknown field "founded"',
    ),
    invalid('an actor with an empty alias', build.actor({ aliases: [''] }), ['aliases', 0], 'must not be empty'),
    invalid(
      'an actor event declaring two actors',
      build.actor({ actors: ['JPN', 'KOR'] }),
      ['actors'],
      'lists exactly the one actor it declares',
      'zod-only',
    ),
    invalid(
      'a state declared with a person’s id',
      actor('kishida-fumio', 'state'),
      ['actors', 0],
      '"kishida-fumio" is not the id of a state',
      'zod-only',
    ),
  ],
  office: [
    invalid('an office without a person', without(build.office(), 'person'), ['person'], 'is required'),
    invalid(
      'an office that begins rather than starts',
      build.office({ change: 'begin' as never }),
      ['change'],
      '"begin" is not one of "start", "end"',
    ),
    invalid(
      'an office of a number',
      build.office({ of: 5 as never, actors: ['kishida-fumio'] }),
      ['of'],
      'expected string, got 5',
    ),
    invalid('an office with an unknown field', { ...build.office(), title: 'PM' }, ['title'], 'unknown field "title"'),
    invalid(
      'an office whose person is not an actor id',
      build.office({ person: 'Kishida Fumio', actors: ['JPN'] }),
      ['person'],
      '"Kishida Fumio" is not an actor id',
    ),
    invalid(
      'an office whose person is not listed in actors',
      build.office({ actors: ['JPN'] }),
      ['person'],
      '"kishida-fumio" must also be listed in actors',
      'zod-only',
    ),
  ],
  membership: [
    invalid(
      'a membership without an organisation',
      without(build.membership(), 'organisation'),
      ['organisation'],
      'is required',
    ),
    invalid(
      'a membership with a status outside the list',
      build.membership({ status: 'ally' as never }),
      ['status'],
      '"ally" is not one of "member", "partner", "observer", "invitee", "applicant"',
    ),
    invalid(
      'a membership whose change is a boolean',
      build.membership({ change: true as never }),
      ['change'],
      'true is not one of "start", "end"',
    ),
    invalid(
      'a membership with an unknown field',
      { ...build.membership(), since: '2023' },
      ['since'],
      'unknown field "since"',
    ),
    invalid(
      'a membership whose member is not listed in actors',
      build.membership({ actors: ['NATO'] }),
      ['member'],
      '"FIN" must also be listed in actors',
      'zod-only',
    ),
  ],
  summit: [
    invalid('a summit without a host', without(build.summit(), 'host'), ['host'], 'is required'),
    invalid('a summit with no attendees', build.summit({ attendees: [] }), ['attendees'], 'needs at least 1 item'),
    invalid(
      'a summit whose name is an array',
      build.summit({ name: ['Vilnius'] as never }),
      ['name'],
      'expected string, got an array',
    ),
    invalid(
      'an attendee with a status outside the list',
      build.summit({ attendees: [{ actor: 'JPN', status: 'guest' as never }] }),
      ['attendees', 0, 'status'],
      '"guest" is not one of',
    ),
    invalid(
      'an attendee with an unknown field',
      build.summit({ attendees: [{ actor: 'JPN', status: 'partner', role: 'speaker' } as never] }),
      ['attendees', 0, 'role'],
      'unknown field "role"',
    ),
    invalid('a summit with an unknown field', { ...build.summit(), city: 'Vilnius' }, ['city'], 'unknown field "city"'),
    invalid(
      'an attendee not listed in actors',
      build.summit({ actors: ['NATO', 'LTU'] }),
      ['attendees', 1, 'actor'],
      '"JPN" must also be listed in actors',
      'zod-only',
    ),
    invalid(
      'a summit that ends before it begins',
      build.summit({ occurred: { from: '2023-07-12', to: '2023-07-11' } }),
      ['occurred', 'to'],
      '"to" (2023-07-11) ends before "from" (2023-07-12) begins',
      'zod-only',
    ),
  ],
  meeting: [
    invalid(
      'a meeting with one participant',
      build.meeting({ participants: [{ actor: 'kishida-fumio' }] }),
      ['participants'],
      'needs at least 2 items',
    ),
    invalid(
      'a meeting whose participants are a string',
      build.meeting({ participants: 'kishida-fumio' as never, actors: ['kishida-fumio'] }),
      ['participants'],
      'expected array, got "kishida-fumio"',
    ),
    invalid(
      'a participant without an actor',
      build.meeting({
        participants: [{ for: 'JPN' } as never, { actor: 'stoltenberg-jens' }],
        actors: ['JPN', 'stoltenberg-jens'],
      }),
      ['participants', 0, 'actor'],
      'is required',
    ),
    invalid(
      'a participant with an unknown field',
      build.meeting({ participants: [{ actor: 'JPN', role: 'host' } as never, { actor: 'KOR' }] }),
      ['participants', 0, 'role'],
      'unknown field "role"',
    ),
    invalid(
      'a meeting inside a summit whose id is not a slug',
      build.meeting({ summit: 'Vilnius summit' }),
      ['summit'],
      'an id is a slug',
    ),
    invalid('a meeting with an empty topic', build.meeting({ topics: [''] }), ['topics', 0], 'must not be empty'),
    invalid(
      'a meeting with an unknown field',
      { ...build.meeting(), agenda: 'security' },
      ['agenda'],
      'unknown field "agenda"',
    ),
    invalid(
      'a participant acting for an actor not listed in actors',
      build.meeting({ actors: ['kishida-fumio', 'JPN', 'stoltenberg-jens'] }),
      ['participants', 1, 'for'],
      '"NATO" must also be listed in actors',
      'zod-only',
    ),
  ],
  visit: [
    invalid('a visit without a visitor', without(build.visit(), 'visitor'), ['visitor'], 'is required'),
    invalid(
      'a visit whose host is a number',
      build.visit({ host: 7 as never, actors: ['kishida-fumio'] }),
      ['host'],
      'expected string, got 7',
    ),
    invalid('a visit with an unknown field', { ...build.visit(), days: 2 }, ['days'], 'unknown field "days"'),
    invalid(
      'a visit whose host is not listed in actors',
      build.visit({ actors: ['kishida-fumio'] }),
      ['host'],
      '"LTU" must also be listed in actors',
      'zod-only',
    ),
  ],
  statement: [
    invalid('a statement without a quote', without(build.statement(), 'quote'), ['quote'], 'is required'),
    invalid('a statement with an empty quote', build.statement({ quote: '' }), ['quote'], 'must not be empty'),
    invalid(
      'a statement with a tone outside the list',
      build.statement({ tone: 'warm' as never }),
      ['tone'],
      '"warm" is not one of "cooperative", "neutral", "critical", "hostile"',
    ),
    invalid(
      'a statement about a string rather than a list',
      build.statement({ about: 'JPN' as never, actors: ['stoltenberg-jens', 'NATO', 'JPN'] }),
      ['about'],
      'expected array, got "JPN"',
    ),
    invalid(
      'a statement with an unknown field',
      { ...build.statement(), audience: 'press' },
      ['audience'],
      'unknown field "audience"',
    ),
    invalid(
      'a statement about an actor not listed in actors',
      build.statement({ actors: ['stoltenberg-jens', 'NATO'] }),
      ['about', 0],
      '"JPN" must also be listed in actors',
      'zod-only',
    ),
    invalid(
      'a statement for an actor not listed in actors',
      build.statement({ actors: ['stoltenberg-jens', 'JPN'] }),
      ['for'],
      '"NATO" must also be listed in actors',
      'zod-only',
    ),
  ],
  communique: [
    invalid('a communiqué without an issuer', without(build.communique(), 'issuer'), ['issuer'], 'is required'),
    invalid(
      'a communiqué whose title is null',
      build.communique({ title: null as never }),
      ['title'],
      'expected string, got null',
    ),
    invalid(
      'a characterisation with a tone outside the list',
      build.communique({ characterizations: [{ actor: 'CHN', terms: ['coercive'], tone: 'harsh' as never }] }),
      ['characterizations', 0, 'tone'],
      '"harsh" is not one of',
    ),
    invalid(
      'a characterisation with no terms',
      build.communique({ characterizations: [{ actor: 'CHN', terms: [], tone: 'critical' }] }),
      ['characterizations', 0, 'terms'],
      'needs at least 1 item',
    ),
    invalid(
      'a communiqué with an unknown field',
      { ...build.communique(), signatories: ['NATO'] },
      ['signatories'],
      'unknown field "signatories"',
    ),
    invalid(
      'a characterised actor not listed in actors',
      build.communique({ actors: ['NATO'] }),
      ['characterizations', 0, 'actor'],
      '"CHN" must also be listed in actors',
      'zod-only',
    ),
  ],
  agreement: [
    invalid(
      'an agreement with one party',
      build.agreement({ parties: ['JPN'] }),
      ['parties'],
      'needs at least 2 items',
    ),
    invalid('an agreement with no period in force', without(build.agreement(), 'inForce'), ['inForce'], 'is required'),
    invalid(
      'an agreement whose areas are a string',
      build.agreement({ areas: 'cyber defence' as never }),
      ['areas'],
      'expected array, got "cyber defence"',
    ),
    invalid(
      'a period in force with an unknown field',
      build.agreement({ inForce: { from: '2023-07-12', to: '2026' } as never }),
      ['inForce', 'to'],
      'unknown field "to"',
    ),
    invalid(
      'an agreement with an unknown field',
      { ...build.agreement(), signed: true },
      ['signed'],
      'unknown field "signed"',
    ),
    invalid(
      'a party not listed in actors',
      build.agreement({ actors: ['JPN'] }),
      ['parties', 1],
      '"NATO" must also be listed in actors',
      'zod-only',
    ),
    invalid(
      'an agreement in force until before it starts',
      build.agreement({ inForce: { from: '2023-07-12', until: '2022' } }),
      ['inForce', 'until'],
      '"until" (2022) ends before "from" (2023-07-12) begins',
      'zod-only',
    ),
  ],
  proposal: [
    invalid('a proposal without a subject', without(build.proposal(), 'subject'), ['subject'], 'is required'),
    invalid(
      'a proposal with a status outside the list',
      build.proposal({ status: 'pending' as never }),
      ['status'],
      '"pending" is not one of "proposed", "adopted", "rejected", "withdrawn", "shelved"',
    ),
    invalid(
      'a proposal with an unknown field',
      { ...build.proposal(), deadline: '2024' },
      ['deadline'],
      'unknown field "deadline"',
    ),
    invalid(
      'a proposer not listed in actors',
      build.proposal({ actors: ['JPN'] }),
      ['proposer'],
      '"NATO" must also be listed in actors',
      'zod-only',
    ),
  ],
  position: [
    invalid('a position without a proposal', without(build.position(), 'proposal'), ['proposal'], 'is required'),
    invalid(
      'a position whose proposal is a number',
      build.position({ proposal: 12 as never }),
      ['proposal'],
      'expected string, got 12',
    ),
    invalid(
      'a position with a stance outside the list',
      build.position({ stance: 'against' as never }),
      ['stance'],
      '"against" is not one of "support", "oppose", "neutral"',
    ),
    invalid('a position with an unknown field', { ...build.position(), vote: 'no' }, ['vote'], 'unknown field "vote"'),
    invalid(
      'an actor taking a position without being listed in actors',
      build.position({ actors: ['DEU'] }),
      ['actor'],
      '"FRA" must also be listed in actors',
      'zod-only',
    ),
  ],
  'military-activity': [
    invalid('an activity without an actor', without(build['military-activity'](), 'actor'), ['actor'], 'is required'),
    invalid(
      'an activity outside the list',
      build['military-activity']({ activity: 'launch' as never }),
      ['activity'],
      '"launch" is not one of "missile-launch"',
    ),
    invalid(
      'a detail that is an object',
      build['military-activity']({ details: { range: { km: 1000 } } as never }),
      ['details', 'range'],
      'expected string or number or boolean, got an object',
    ),
    invalid(
      'an activity with an unknown field',
      { ...build['military-activity'](), weapon: 'ICBM' },
      ['weapon'],
      'unknown field "weapon"',
    ),
    invalid(
      'an actor near which it happened, not listed in actors',
      build['military-activity']({ actors: ['PRK'] }),
      ['near', 0],
      '"JPN" must also be listed in actors',
      'zod-only',
    ),
    invalid(
      'a detail under a reserved key',
      build['military-activity']({ details: { constructor: 'x' } }),
      ['details', 'constructor'],
      'this key is reserved',
      'zod-only',
    ),
  ],
  reaction: [
    invalid(
      'a reaction without the event it responds to',
      without(build.reaction(), 'respondsTo'),
      ['respondsTo'],
      'is required',
    ),
    invalid(
      'a reaction with a stance outside the list',
      build.reaction({ stance: 'anger' as never }),
      ['stance'],
      '"anger" is not one of "praise", "support", "concern", "rebuttal", "condemnation"',
    ),
    invalid(
      'a reaction with an unknown field',
      { ...build.reaction(), target: 'NATO' },
      ['target'],
      'unknown field "target"',
    ),
    invalid(
      'a reaction towards an actor not listed in actors',
      build.reaction({ actors: ['CHN'] }),
      ['towards', 0],
      '"NATO" must also be listed in actors',
      'zod-only',
    ),
  ],
  aid: [
    invalid('aid without a donor', without(build.aid(), 'donor'), ['donor'], 'is required'),
    invalid(
      'aid of a kind outside the list',
      build.aid({ aidKind: 'financial' as never }),
      ['aidKind'],
      '"financial" is not one of "economic", "humanitarian", "diplomatic", "military"',
    ),
    invalid(
      'aid of a negative amount',
      build.aid({ amount: { value: -1, currency: 'USD' } }),
      ['amount', 'value'],
      '-1 is below the minimum 0',
    ),
    invalid(
      'aid in a currency that is not an ISO code',
      build.aid({ amount: { value: 1, currency: 'usd' } }),
      ['amount', 'currency'],
      '"usd": a currency is an ISO 4217 code such as USD',
    ),
    invalid('aid with an unknown field', { ...build.aid(), channel: 'UN' }, ['channel'], 'unknown field "channel"'),
    invalid(
      'a recipient not listed in actors',
      build.aid({ actors: ['JPN'] }),
      ['recipient'],
      '"UKR" must also be listed in actors',
      'zod-only',
    ),
  ],
  correction: [
    invalid('a correction without a target', without(build.correction(), 'target'), ['target'], 'is required'),
    invalid(
      'a correction whose changes are a string',
      build.correction({ changes: 'certainty' as never }),
      ['changes'],
      'expected record, got "certainty"',
    ),
    invalid(
      'a correction with an unknown field',
      { ...build.correction(), fields: ['certainty'] },
      ['fields'],
      'unknown field "fields"',
    ),
    invalid(
      'a correction that changes nothing',
      build.correction({ changes: {} }),
      ['changes'],
      'a correction changes at least one field',
      'zod-only',
    ),
    invalid(
      'a correction that changes the id',
      build.correction({ changes: { id: 'other' } }),
      ['changes'],
      'a correction cannot change "id", "kind" or "recorded"',
      'zod-only',
    ),
    invalid(
      'a correction that changes a reserved key',
      build.correction({ changes: { constructor: 'x' } }),
      ['changes', 'constructor'],
      'this key is reserved',
      'zod-only',
    ),
  ],
  retraction: [
    invalid('a retraction without a reason', without(build.retraction(), 'reason'), ['reason'], 'is required'),
    invalid('a retraction with an empty reason', build.retraction({ reason: '' }), ['reason'], 'must not be empty'),
    invalid(
      'a retraction whose target is not a slug',
      build.retraction({ target: 'not an id!' }),
      ['target'],
      'an id is a slug',
    ),
    invalid(
      'a retraction with an unknown field',
      { ...build.retraction(), why: 'rumour' },
      ['why'],
      'unknown field "why"',
    ),
  ],
  coded: [
    invalid(
      'a coded event with a code that is a number',
      build.coded({ code: 42 as never }),
      ['code'],
      'expected string',
    ),
    invalid(
      'a coded event with an unknown quad class',
      build.coded({ quadClass: 'neutral' as never }),
      ['quadClass'],
      'expected one of',
    ),
    invalid(
      'a target not listed in actors',
      build.coded({ actors: ['JPN'] }),
      ['target', 0, 'actor'],
      '"NATO" must also be listed in actors',
      'zod-only',
    ),
  ],
  'agreement-act': [
    invalid(
      'an act without its agreement',
      without(build['agreement-act'](), 'agreement'),
      ['agreement'],
      'is required',
    ),
    invalid(
      'an act outside the list',
      build['agreement-act']({ act: 'ratification' as never }),
      ['act'],
      '"ratification" is not one of',
    ),
    invalid(
      'a withdrawal that names no party',
      without(build['agreement-act'](), 'party'),
      ['party'],
      'a withdrawal names the party that withdraws',
      'zod-only',
    ),
    invalid(
      'a suspension that names a party',
      build['agreement-act']({ act: 'suspension' }),
      ['party'],
      'only a withdrawal names a party, not a suspension',
      'zod-only',
    ),
    invalid(
      'an expiry superseded by another agreement',
      without(build['agreement-act']({ act: 'expiry', supersededBy: 'new-start' }), 'party'),
      ['supersededBy'],
      'only a termination is superseded, not a expiry',
      'zod-only',
    ),
    invalid(
      'a withdrawing party not listed in actors',
      build['agreement-act']({ actors: ['RUS'] }),
      ['party'],
      '"USA" must also be listed in actors',
      'zod-only',
    ),
  ],
  sanctions: [
    invalid('sanctions without a target', without(build.sanctions(), 'target'), ['target'], 'is required'),
    invalid(
      'sanctions neither imposed nor lifted',
      build.sanctions({ action: 'extend' as never }),
      ['action'],
      '"extend" is not one of "impose", "lift"',
    ),
    invalid(
      'a target not listed in actors',
      build.sanctions({ actors: ['EU'] }),
      ['target'],
      '"RUS" must also be listed in actors',
      'zod-only',
    ),
  ],
  expulsion: [
    invalid('an expulsion without the sending state', without(build.expulsion(), 'sender'), ['sender'], 'is required'),
    invalid('an expulsion of no one', build.expulsion({ count: 0 }), ['count'], '0 is below the minimum 1'),
    invalid(
      'an expeller not listed in actors',
      build.expulsion({ actors: ['RUS'] }),
      ['expeller'],
      '"FRA" must also be listed in actors',
      'zod-only',
    ),
  ],
  ambassador: [
    invalid(
      'an ambassador event without its action',
      without(build.ambassador(), 'action'),
      ['action'],
      'undefined is not one of "recall", "return"',
    ),
    invalid(
      'an ambassador expelled (an expulsion, not this kind)',
      build.ambassador({ action: 'expel' as never }),
      ['action'],
      '"expel" is not one of "recall", "return"',
    ),
  ],
  embassy: [
    invalid('an embassy without its host', without(build.embassy(), 'host'), ['host'], 'is required'),
    invalid(
      'an embassy neither closed nor reopened',
      build.embassy({ action: 'upgrade' as never }),
      ['action'],
      '"upgrade" is not one of "close", "reopen"',
    ),
  ],
  recognition: [
    invalid('recognition without whom', without(build.recognition(), 'recognized'), ['recognized'], 'is required'),
    invalid(
      'recognition neither given nor withdrawn',
      build.recognition({ action: 'suspend' as never }),
      ['action'],
      '"suspend" is not one of "give", "withdraw"',
    ),
  ],
  threat: [
    invalid('a threat against no one', build.threat({ targets: [] }), ['targets'], 'at least 1'),
    invalid(
      'a threat of a kind outside the list',
      build.threat({ threat: 'cyber' as never }),
      ['threat'],
      '"cyber" is not one of',
    ),
    invalid(
      'a target not listed in actors',
      build.threat({ actors: ['PRK'] }),
      ['targets', 0],
      '"USA" must also be listed in actors',
      'zod-only',
    ),
  ],
}

/** Invalid events whose fault is in the envelope every kind shares. */
export const invalidEnvelopeCases: readonly InvalidCase[] = [
  invalid('something that is not an object', null, [], 'expected object, got null'),
  invalid(
    'an event of an unknown kind',
    { ...build.visit(), kind: 'sanction' },
    ['kind'],
    '"sanction" is not a known kind: expected one of actor, office',
  ),
  invalid('an event without a kind', without(build.visit(), 'kind'), ['kind'], 'is required: expected one of'),
  invalid('an event without an id', without(build.visit(), 'id'), ['id'], 'is required'),
  invalid('an event whose id has spaces', build.visit({ id: 'kishida visits' }), ['id'], 'an id is a slug'),
  invalid('an event without a recorded time', without(build.visit(), 'recorded'), ['recorded'], 'is required'),
  invalid(
    'an event recorded only to the month',
    build.visit({ recorded: '2023-07' }),
    ['recorded'],
    'too coarse for a recorded time',
  ),
  invalid(
    'an event that occurred on an impossible day',
    build.visit({ occurred: '2023-02-30' }),
    ['occurred'],
    '"2023-02-30" is not a calendar date',
    'zod-only',
  ),
  invalid(
    'an event that occurred in a thirteenth month',
    build.visit({ occurred: '2023-13-01' }),
    ['occurred'],
    '"2023-13-01" is not a calendar date',
    'zod-only',
  ),
  invalid(
    'an event that occurred at an impossible time',
    build.visit({ occurred: '2023-07-12T24:61Z' }),
    ['occurred'],
    '"2023-07-12T24:61Z" is not a time of day',
    'zod-only',
  ),
  invalid(
    'an event that occurred at a time without a zone',
    build.visit({ occurred: '2023-07-12T09:00' }),
    ['occurred'],
    '"2023-07-12T09:00" has no time zone',
  ),
  invalid(
    'an event dated by an interval with an impossible end',
    build.visit({ occurred: { from: '2023-02-01', to: '2023-02-30' } }),
    ['occurred', 'to'],
    '"2023-02-30" is not a calendar date',
    'zod-only',
  ),
  invalid(
    'an event dated approximately in a thirteenth month',
    build.visit({ occurred: { date: '2023-13', approximate: true } }),
    ['occurred', 'date'],
    '"2023-13" is not a calendar month',
    'zod-only',
  ),
  invalid(
    'an event dated by a number',
    build.visit({ occurred: 2023 as never }),
    ['occurred'],
    'expected string or object, got 2023',
  ),
  invalid('an event with no actors', build.retraction({ actors: [] }), ['actors'], 'needs at least 1 item'),
  invalid(
    'an event whose actor id is not an id',
    build.visit({ actors: ['kishida-fumio', 'LTU', 'Lithuania'] }),
    ['actors', 2],
    '"Lithuania" is not an actor id',
  ),
  invalid('an event with no sources', build.visit({ sources: [] }), ['sources'], 'needs at least 1 item'),
  invalid(
    'a source that is a number',
    build.visit({ sources: [5 as never] }),
    ['sources', 0],
    'expected string or object, got 5',
  ),
  invalid(
    'a citation without a publisher',
    build.visit({ sources: [without(citation(), 'publisher')] as never }),
    ['sources', 0, 'publisher'],
    'is required',
  ),
  invalid(
    'a citation with an FTP address',
    build.visit({ sources: [citation({ url: 'ftp://example.org/report' })] }),
    ['sources', 0, 'url'],
    '"ftp://example.org/report" is not a valid url',
  ),
  invalid(
    'a citation with an unknown field',
    build.visit({ sources: [{ ...citation(), page: 3 } as never] }),
    ['sources', 0, 'page'],
    'unknown field "page"',
  ),
  invalid(
    'a certainty outside the list',
    build.visit({ certainty: 'likely' as never }),
    ['certainty'],
    '"likely" is not one of "confirmed", "reported", "suspected", "disputed"',
  ),
  invalid('a weight above the Goldstein scale', build.visit({ weight: 11 }), ['weight'], '11 is above the maximum 10'),
  invalid('a weight given as a string', build.visit({ weight: '3' as never }), ['weight'], 'expected number, got "3"'),
  invalid('notes given as a number', build.visit({ notes: 5 as never }), ['notes'], 'expected string, got 5'),
  invalid('a reserved tag', build.visit({ tags: ['__proto__'] }), ['tags', 0], 'this key is reserved', 'zod-only'),
  invalid('an event with a misspelt field', { ...build.visit(), note: 'typo' }, ['note'], 'unknown field "note"'),
]
