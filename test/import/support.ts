/**
 * Rows written in each dataset's published layout, from the column names of its codebook, so a
 * test says only the fields it is about; and helpers to run an import to the end.
 */
import {
  GDELT_1_COLUMNS,
  GDELT_2_COLUMNS,
  ICEWS_COLUMNS,
  type ImportedEvent,
  type ImportRun,
} from '../../src/import/index.js'

/** The fields of a GDELT 2.0 row that tests leave as they are: Japan's government visits NATO on 12 July 2023. */
export const GDELT_DEFAULTS: Readonly<Record<string, string>> = {
  GLOBALEVENTID: '1115000001',
  SQLDATE: '20230712',
  MonthYear: '202307',
  Year: '2023',
  FractionDate: '2023.5288',
  Actor1Code: 'JPNGOV',
  Actor1Name: 'JAPAN',
  Actor1CountryCode: 'JPN',
  Actor1Type1Code: 'GOV',
  Actor2Code: 'IGOWSTNAT',
  Actor2Name: 'NATO',
  Actor2KnownGroupCode: 'NAT',
  Actor2Type1Code: 'IGO',
  IsRootEvent: '1',
  EventCode: '042',
  EventBaseCode: '042',
  EventRootCode: '04',
  QuadClass: '1',
  GoldsteinScale: '1.9',
  NumMentions: '10',
  NumSources: '2',
  NumArticles: '10',
  AvgTone: '2.5',
  ActionGeo_Type: '4',
  ActionGeo_FullName: 'Vilnius, Vilniaus Apskritis, Lithuania',
  ActionGeo_CountryCode: 'LH',
  ActionGeo_ADM1Code: 'LH65',
  ActionGeo_ADM2Code: '',
  ActionGeo_Lat: '54.6833',
  ActionGeo_Long: '25.3167',
  ActionGeo_FeatureID: '-2622799',
  DATEADDED: '20230712154500',
  SOURCEURL: 'https://www.example.org/news/japan-nato-2023-07-12',
}

/** A GDELT row: 61 columns (2.0), or 58 or 57 (1.0, with DATEADDED a day), from named fields over the defaults. */
export function gdeltRow(
  fields: Readonly<Record<string, string>> = {},
  version: '2' | '1' | '1-backfile' = '2',
): string {
  const values = { ...GDELT_DEFAULTS, ...fields }
  if (version !== '2' && fields.DATEADDED === undefined) values.DATEADDED = values.DATEADDED!.slice(0, 8)
  const columns = version === '2' ? GDELT_2_COLUMNS : version === '1' ? GDELT_1_COLUMNS : GDELT_1_COLUMNS.slice(0, 57)
  return columns.map((c) => values[c] ?? '').join('\t')
}

/** The fields of an ICEWS row that tests leave as they are: Japan's prime minister consults NATO's secretary-general. */
export const ICEWS_DEFAULTS: Readonly<Record<string, string>> = {
  'Event ID': '36000001',
  'Event Date': '2023-07-12',
  'Source Name': 'Fumio Kishida',
  'Source Sectors': 'Executive,Government,Elite',
  'Source Country': 'Japan',
  'Event Text': 'Consult',
  'CAMEO Code': '040',
  Intensity: '1',
  'Target Name': 'North Atlantic Treaty Organization',
  'Target Sectors': 'International Government Organization',
  'Target Country': '',
  'Story ID': '52000001',
  'Sentence Number': '2',
  Publisher: 'Kyodo News',
  City: 'Vilnius',
  District: '',
  Province: 'Vilniaus Apskritis',
  Country: 'Lithuania',
  Latitude: '54.6892',
  Longitude: '25.2798',
}

/** An ICEWS row from named fields over the defaults, in the header's order. */
export function icewsRow(fields: Readonly<Record<string, string>> = {}): string {
  const values = { ...ICEWS_DEFAULTS, ...fields }
  return ICEWS_COLUMNS.map((c) => values[c] ?? '').join('\t')
}

/** The ICEWS header row. */
export const ICEWS_HEADER = ICEWS_COLUMNS.join('\t')

/** A PLOVER record: Japan and NATO consult, with its citation and place. */
export function ploverRecord(fields: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    id: 'POLECAT-20230712-0001',
    date: '2023-07-12',
    source: [{ code: 'JPN', sector: 'GOV', actor_text: 'Japanese Prime Minister Fumio Kishida' }],
    recipient: [{ code: 'IGO', actor_text: 'NATO', identifier_text: 'NATO' }],
    event: 'CONSULT',
    mode: 'third-party',
    context: ['military'],
    quad_code: 1,
    event_loc: { name: 'Vilnius', latitude: 54.6872, longitude: 25.2797, geonameid: 593116, cc3: 'LTU' },
    cite_info: {
      url: 'https://example.org/kishida-stoltenberg',
      publication: 'Example Wire',
      title: 'Kishida meets Stoltenberg',
    },
    coded_date: '2023-07-13',
    ...fields,
  }
}

/** Reads an import to its end: its events, and its diagnostics as the callback gave them. */
export async function drain(run: ImportRun): Promise<ImportedEvent[]> {
  const events: ImportedEvent[] = []
  for await (const event of run) events.push(event)
  return events
}

/** The coded events of an import's output. */
export function codedOf(events: readonly ImportedEvent[]): (ImportedEvent & Record<string, unknown>)[] {
  return events.filter((e) => e.kind === 'coded')
}
