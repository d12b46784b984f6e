import { describe, expect, it } from 'vitest'
import { _readRows, type ImportSource } from '../../src/import/rows.js'
import { LimitExceededError } from '../../src/index.js'

async function rows(source: ImportSource, max = 1_000_000) {
  const out: { text: string; line: number; latin1: boolean }[] = []
  for await (const row of _readRows(source, max)) out.push({ ...row })
  return out
}

const bytes = (text: string) => new TextEncoder().encode(text)

async function* chunks(...parts: Uint8Array[]) {
  for (const part of parts) yield part
}

describe('the row reader', () => {
  it('numbers lines from 1, counting blank ones, and drops \\r and a byte-order mark', async () => {
    expect(await rows('\ufeffa\r\n\nb\n')).toEqual([
      { text: 'a', line: 1, latin1: false },
      { text: 'b', line: 3, latin1: false },
    ])
  })

  it('joins a line and a character split across chunks', async () => {
    const all = bytes('Zürich\tx\nKraków\n')
    const out = await rows(chunks(all.subarray(0, 2), all.subarray(2, 11), all.subarray(11)))
    expect(out.map((r) => r.text)).toEqual(['Zürich\tx', 'Kraków'])
  })

  it('reads a line that is not UTF-8 as Latin-1, flagging only that line', async () => {
    const saoPaulo = Uint8Array.from([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f])
    const out = await rows(chunks(bytes('ok\n'), saoPaulo, bytes('\nok too')))
    expect(out).toEqual([
      { text: 'ok', line: 1, latin1: false },
      { text: 'S\u00e3o Paulo', line: 2, latin1: true },
      { text: 'ok too', line: 3, latin1: false },
    ])
  })

  it('reads a web ReadableStream of bytes or of strings', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('a\nb'))
        controller.enqueue(bytes('c\n'))
        controller.close()
      },
    })
    expect((await rows(stream)).map((r) => r.text)).toEqual(['a', 'bc'])
    const strings = new ReadableStream<string>({
      start(controller) {
        controller.enqueue('x\ny')
        controller.close()
      },
    })
    expect((await rows(strings)).map((r) => r.text)).toEqual(['x', 'y'])
  })

  it('refuses a line longer than the limit, with its number', async () => {
    await expect(rows(chunks(bytes('a\n'), bytes('b'.repeat(50))), 10)).rejects.toThrow(
      new LimitExceededError('maxLineLength', 10, 'line 2: is longer than 10 characters', 2),
    )
  })
})
