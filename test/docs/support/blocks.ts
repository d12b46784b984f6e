/**
 * Finds the TypeScript examples of the documentation: the fenced blocks of the `@example` tags
 * in src/, and the fenced blocks of the Markdown guides, with the output a guide says they print.
 */

/** One fenced TypeScript block, where it was written, and what it should print. */
export interface Block {
  /** The file it was written in, relative to the repository root. */
  readonly file: string
  /** The 1-based line of its first line of code in that file. */
  readonly line: number
  /** What a reader would call it: the file and line, and the export it documents. */
  readonly label: string
  /** The code, as a reader sees it. */
  readonly code: string
  /** False when its first line says `// not run`: it is type-checked only. */
  readonly run: boolean
  /** True when its first line says `// continued from above`: it runs after the block before it. */
  readonly continues: boolean
  /** What it prints, when a `text output` block follows it. */
  readonly expected?: string
}

/** Blocks that run as one program: a block and the blocks that continue it. */
export interface Chain {
  readonly label: string
  readonly blocks: readonly Block[]
}

const NOT_RUN = /^\s*\/\/\s*not run\b/
const CONTINUED = /^\s*\/\/\s*continued from above\b/

interface Fence {
  /** The info string's words: `ts`, or `text output`. */
  readonly info: readonly string[]
  /** The 0-based index of its first line of content. */
  readonly start: number
  readonly lines: readonly string[]
}

/** The fenced blocks of Markdown text (backticks or tildes, any length, indented or not). */
function fences(lines: readonly string[]): Fence[] {
  const out: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`]*?)\s*$/.exec(lines[i]!)
    if (open === null) continue
    const [, indent = '', fence = '```', info = ''] = open
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
    let j = i + 1
    while (j < lines.length && !close.test(lines[j]!)) j++
    const body = lines.slice(i + 1, j).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    out.push({ info: info.split(/\s+/).filter((word) => word !== ''), start: i + 1, lines: body })
    i = j
  }
  return out
}

function isTypeScript(info: readonly string[]): boolean {
  return info[0] === 'ts' || info[0] === 'typescript'
}

function block(file: string, line: number, label: string, lines: readonly string[], expected?: string): Block {
  const code = lines.join('\n')
  const first = lines.find((text) => text.trim() !== '') ?? ''
  return {
    file,
    line,
    label,
    code,
    run: !NOT_RUN.test(first),
    continues: CONTINUED.test(first),
    ...(expected === undefined ? {} : { expected }),
  }
}

const isOutput = (fence: Fence): boolean => fence.info[0] === 'text' && fence.info[1] === 'output'

/**
 * The TypeScript blocks of a Markdown file. A `text output` block is what the nearest
 * TypeScript block before it prints (other blocks between them, such as the shell command that
 * runs it, are allowed).
 */
export function markdownBlocks(file: string, text: string): Block[] {
  const lines = text.split(/\r?\n/)
  const all = fences(lines)
  const out: Block[] = []
  all.forEach((fence, i) => {
    if (!isTypeScript(fence.info)) return
    const rest = all.slice(i + 1)
    const end = rest.findIndex((later) => isTypeScript(later.info))
    const output = (end === -1 ? rest : rest.slice(0, end)).find(isOutput)
    out.push(block(file, fence.start + 1, `${file}:${fence.start + 1}`, fence.lines, output?.lines.join('\n')))
  })
  return out
}

/** The name a declaration right after a doc comment gives, for labels. */
function declaredName(after: string): string | undefined {
  const line =
    after
      .split('\n')
      .find((text) => text.trim() !== '')
      ?.trim() ?? ''
  const declaration = /\b(?:class|function|const|let|type|interface)\s+([A-Za-z_$][\w$]*)/.exec(line)
  if (declaration !== null) return declaration[1]
  const member = /^(?:(?:public|static|async|readonly|get|set)\s+)*\*?([A-Za-z_$][\w$]*)\s*[(<:?]/.exec(line)
  return member?.[1]
}

/** The fenced TypeScript blocks of the `@example` tags of the doc comments in a source file. */
export function exampleBlocks(file: string, text: string): Block[] {
  const out: Block[] = []
  const comments = /\/\*\*[\s\S]*?\*\//g
  for (let match = comments.exec(text); match !== null; match = comments.exec(text)) {
    const firstLine = text.slice(0, match.index).split('\n').length
    const lines = match[0].split('\n').map((line, i, all) => {
      let stripped = i === 0 ? line.replace(/^\s*\/\*\*\s?/, '') : line.replace(/^\s*\*(?!\/) ?/, '')
      if (i === all.length - 1) stripped = stripped.replace(/\s*\*\/\s*$/, '')
      return stripped
    })
    const name = declaredName(text.slice(match.index + match[0].length))
    let tag = ''
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const tagged = /^\s*@(\w+)/.exec(line)
      if (tagged !== null) tag = tagged[1]!
      const open = /^\s*(`{3,})\s*(\w*)/.exec(line)
      if (open === null) continue
      let j = i + 1
      while (j < lines.length && !new RegExp(`^\\s*${open[1]}\\s*$`).test(lines[j]!)) j++
      if (tag === 'example' && isTypeScript([open[2] ?? ''])) {
        const at = firstLine + i + 1
        out.push(block(file, at, `${file}:${at}${name === undefined ? '' : ` (${name})`}`, lines.slice(i + 1, j)))
      }
      i = j
    }
  }
  return out
}

/** Joins each block to the blocks that continue it, in file order. */
export function chains(blocks: readonly Block[]): Chain[] {
  const out: { label: string; blocks: Block[] }[] = []
  for (const each of blocks) {
    const last = out.at(-1)
    if (each.continues && last !== undefined && last.blocks[0]!.file === each.file) last.blocks.push(each)
    else out.push({ label: each.label, blocks: [each] })
  }
  return out
}

/**
 * Whether printed output matches what a guide says it prints: line by line, ignoring trailing
 * spaces and blank lines at either end; a line `...` stands for any number of lines.
 */
export function outputMatches(actual: string, expected: string): boolean {
  const tidy = (text: string): string[] => {
    const lines = text.split(/\r?\n/).map((line) => line.trimEnd())
    while (lines.length > 0 && lines[0] === '') lines.shift()
    while (lines.length > 0 && lines.at(-1) === '') lines.pop()
    return lines
  }
  const have = tidy(actual)
  const want = tidy(expected)
  const match = (i: number, j: number): boolean => {
    if (j === want.length) return i === have.length
    if (want[j] === '...') {
      for (let k = i; k <= have.length; k++) if (match(k, j + 1)) return true
      return false
    }
    return i < have.length && have[i] === want[j] && match(i + 1, j + 1)
  }
  return match(0, 0)
}
