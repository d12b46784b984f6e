// Packs the library, installs the tarball into a fresh temporary project, and uses it the way
// consumers do: ESM import, CommonJS require, a TypeScript consumer under module nodenext, and
// the CLI from node_modules/.bin.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'entente-consumer-'))
const run = (command, args, cwd = work) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop()
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', join(work, tarball)])

  const question = `
    const timeline = Timeline.fromNdjson(readFileSync('node_modules/entente-timeline/fixtures/vilnius-2023.ndjson', 'utf8'))
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    if (!(r.contacts.meetings > 0)) throw new Error('no Japan–NATO meeting found')
    console.log(MODE, 'ok:', timeline.version, 'events;', r.contacts.meetings, 'meetings')
  `
  writeFileSync(
    join(work, 'esm.mjs'),
    `import { Timeline, relationship } from 'entente-timeline'\nimport { readFileSync } from 'node:fs'\nconst MODE = 'esm'\n${question}`,
  )
  writeFileSync(
    join(work, 'cjs.cjs'),
    `const { Timeline, relationship } = require('entente-timeline')\nconst { readFileSync } = require('node:fs')\nconst MODE = 'cjs'\n${question}`,
  )
  writeFileSync(
    join(work, 'consumer.ts'),
    `import { Timeline, relationship, type Relationship, ValidationError } from 'entente-timeline'\nimport { readTimelineFile } from 'entente-timeline/node'\n` +
      `const r: Relationship = Timeline.empty().project(relationship('JPN', 'NATO'), { at: '2023-07-12' })\n` +
      `const meetings: number = r.contacts.meetings\nconst e: ValidationError | undefined = undefined\nvoid readTimelineFile\nvoid meetings\nvoid e\n`,
  )
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  )
  process.stdout.write(run('node', ['esm.mjs']))
  process.stdout.write(run('node', ['cjs.cjs']))
  run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'])
  console.log('typescript (nodenext) ok')
  process.stdout.write(`cli ok: entente ${run(join(work, 'node_modules', '.bin', 'entente'), ['--version'])}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
