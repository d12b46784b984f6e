/**
 * Plain-text output: aligned tables, titled sections and lists. Colour is an addition for a
 * terminal only: with NO_COLOR set, or when writing to a pipe or a file, not one escape code is
 * written, so what a script reads is the same text a person sees.
 */

/** The ways a cell may be coloured. */
export type Paint = 'bold' | 'dim' | 'red' | 'green' | 'yellow'

/** A table cell: its text, and how to colour it on a terminal. */
export interface Cell {
  readonly text: string
  readonly paint?: Paint
}

const CODES: Readonly<Record<Paint, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
}

/**
 * Whether to colour a stream: only a terminal, and only when NO_COLOR is not set to a
 * non-empty value (https://no-color.org).
 *
 * @param stream - the stream to write to
 * @param env - the environment
 */
export function colorEnabled(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '')
}

/**
 * Colours text, or leaves it as it is when colour is off.
 *
 * @param text - the text
 * @param style - the colour, if any
 * @param color - whether colour is on
 */
export function paint(text: string, style: Paint | undefined, color: boolean): string {
  if (!color || style === undefined || text === '') return text
  const [open, close] = CODES[style]
  return `\u001b[${open}m${text}\u001b[${close}m`
}

/** The width of text on a terminal, counting each code point as one column. */
function width(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

function asCell(cell: string | Cell): Cell {
  return typeof cell === 'string' ? { text: cell } : cell
}

/** Options of {@link table}. */
export interface TableOptions {
  /** Whether colour is on. */
  readonly color: boolean
  /** Column titles, printed dimmed above the rows. */
  readonly header?: readonly string[]
  /** Spaces before each row. @defaultValue 2 */
  readonly indent?: number
}

/**
 * Aligns rows into columns two spaces apart. The last column is not padded, so no line ends
 * in spaces.
 *
 * @param rows - the rows, each a list of cells
 * @param options - colour, header and indent
 * @returns the lines of the table
 */
export function table(rows: readonly (readonly (string | Cell)[])[], options: TableOptions): string[] {
  const header = options.header?.map((title): Cell => ({ text: title, paint: 'dim' }))
  const all = [...(header === undefined ? [] : [header]), ...rows.map((row) => row.map(asCell))]
  const columns = Math.max(0, ...all.map((row) => row.length))
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...all.map((row) => width(row[i]?.text ?? ''))))
  const indent = ' '.repeat(options.indent ?? 2)
  return all.map((row) => {
    const cells = row.map((cell, i) => {
      const last = i === row.length - 1
      const pad = last ? '' : ' '.repeat(widths[i]! - width(cell.text))
      return paint(cell.text, cell.paint, options.color) + pad
    })
    return (indent + cells.join('  ')).trimEnd()
  })
}

/**
 * A titled block: the title on its own line, then the body lines, or `none` when there are none.
 *
 * @param title - the title
 * @param lines - the body, already indented
 * @param color - whether colour is on
 */
export function section(title: string, lines: readonly string[], color: boolean): string {
  const body = lines.length === 0 ? [paint('  none', 'dim', color)] : lines
  return [paint(title, 'bold', color), ...body].join('\n')
}

/**
 * Joins items with commas, wrapping before `max` columns, each line indented.
 *
 * @param items - the items
 * @param indent - spaces before each line
 * @param max - the widest a line may be (a single long item may pass it)
 */
export function wrapList(items: readonly string[], indent = 2, max = 100): string[] {
  const lines: string[] = []
  let line = ''
  for (const [i, item] of items.entries()) {
    const piece = i === items.length - 1 ? item : `${item},`
    if (line !== '' && indent + width(line) + 1 + width(piece) > max) {
      lines.push(' '.repeat(indent) + line)
      line = piece
    } else line = line === '' ? piece : `${line} ${piece}`
  }
  if (line !== '') lines.push(' '.repeat(indent) + line)
  return lines
}

/**
 * Text on one line: runs of white space (newlines included) become one space, and text longer
 * than `max` is cut with an ellipsis.
 *
 * @param text - the text
 * @param max - the longest it may be, in columns
 */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (width(flat) <= max) return flat
  return `${[...flat]
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`
}

/**
 * A number for people: a tone index with its sign, coloured by it.
 *
 * @param value - the index
 */
export function signed(value: number): Cell {
  const text = value > 0 ? `+${value}` : `${value}`
  return { text, ...(value > 0 ? { paint: 'green' as const } : value < 0 ? { paint: 'red' as const } : {}) }
}

/**
 * Evidence ids as one cell, dimmed: they answer "why?", and the facts come first.
 *
 * @param ids - the event ids
 */
export function evidence(ids: readonly string[]): Cell {
  return { text: ids.join(', '), paint: 'dim' }
}
