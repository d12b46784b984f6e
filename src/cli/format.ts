/**
 * Plain-text output: aligned tables, titled sections and lists. Colour is an addition for a
 * terminal only: with NO_COLOR set, TERM=dumb, or when writing to a pipe or a file, not one
 * escape code is written (unless FORCE_COLOR asks for it), so what a script reads is the same
 * text a person sees. Text that comes from a file is shown with its control characters escaped,
 * so that a hostile file cannot drive the terminal.
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
 * Whether to colour a stream. `FORCE_COLOR` decides when it is set (`0` or `false`: never;
 * anything else, even on a pipe: always); otherwise never when `NO_COLOR` is set to a non-empty
 * value (https://no-color.org) or `TERM` is `dumb`, and only on a terminal.
 *
 * @param stream - the stream to write to
 * @param env - the environment
 * @returns whether to write colour codes
 */
export function colorEnabled(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  if (env['TERM'] === 'dumb') return false
  return stream.isTTY === true
}

/**
 * Control characters (C0 and C1, DEL), and the marks that reorder text on a terminal (bidi
 * embeddings, overrides and isolates, U+061C, U+200E, U+200F), and the line and paragraph
 * separators: none of them has any business in one line of a table.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * Text with every control character shown as an escape (`\u001b`), so that text from a file
 * (a name, a quote, an id in an error) prints as what it is and cannot move the cursor, clear
 * the screen, retitle the window, ring the bell or reverse the line.
 *
 * @param text - the text, possibly from a hostile file
 * @returns the text, safe to print on a terminal
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
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

/**
 * Code points that take two columns on a terminal: the East Asian Wide and Fullwidth ranges
 * (Hangul Jamo, CJK, kana, Hangul syllables, fullwidth forms) and the emoji blocks, as sorted
 * [first, last] pairs.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f5],
  [0x26fa, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
]

/** Marks drawn over the character before them, and the invisible joiners and selectors. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufeff]$/u

function isWide(code: number): boolean {
  let low = 0
  let high = WIDE.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = WIDE[middle]!
    if (code < first) high = middle - 1
    else if (code > last) low = middle + 1
    else return true
  }
  return false
}

/**
 * The columns a code point takes on a terminal: 0 for a combining mark or joiner, 2 for an
 * East Asian wide or fullwidth character, 1 for any other.
 */
function columns(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0
  return isWide(char.codePointAt(0)!) ? 2 : 1
}

/**
 * The width of text on a terminal, in columns: what a table pads by, so that names in
 * Japanese or Korean, or with combining accents, line up with the rest.
 *
 * @param text - the text (without colour codes)
 * @returns its width in columns
 */
export function width(text: string): number {
  let n = 0
  for (const char of text) n += columns(char)
  return n
}

/** A cell with its text made safe to print: every cell of a table may hold text from the file. */
function asCell(cell: string | Cell): Cell {
  return typeof cell === 'string' ? { text: visible(cell) } : { ...cell, text: visible(cell.text) }
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
  return [paint(visible(title), 'bold', color), ...body].join('\n')
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
  let cut = ''
  let used = 0
  for (const char of flat) {
    const w = columns(char)
    if (used + w > max - 1) break
    cut += char
    used += w
  }
  return `${cut.trimEnd()}…`
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
