// Installs the packed library (the tarball given, or one packed here) into a fresh temporary
// project, and runs the README's quick start the way consumers do: ESM import, CommonJS require,
// a TypeScript consumer compiled under module nodenext, and the CLI from node_modules/.bin.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'entente-consumer-'))
const run = (command, args, cwd = work) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })

try {
  // A tarball given on the command line (packed once for every check), or one packed here.
  const tarball =
    process.argv[2] !== undefined
      ? resolve(process.argv[2])
      : join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop())
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', tarball])

  // The quick start: the fixture found through the package, a question, and its evidence.
  const question = `
    const timeline = await readTimelineFile(fixturePath('vilnius-2023'))
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    if (!(r.contacts.meetings > 0)) throw new Error('no Japan–NATO meeting found')
    if (r.ties[0]?.status !== 'partner') throw new Error('Japan is not a NATO partner')
    console.log(MODE, 'ok:', timeline.version, 'events;', r.contacts.meetings, 'meetings')
  `
  writeFileSync(
    join(work, 'esm.mjs'),
    `import { relationship } from 'entente-timeline'\nimport { fixturePath, readTimelineFile } from 'entente-timeline/node'\nconst MODE = 'esm'\n${question}`,
  )
  writeFileSync(
    join(work, 'cjs.cjs'),
    `const { relationship } = require('entente-timeline')\nconst { fixturePath, readTimelineFile } = require('entente-timeline/node')\nconst MODE = 'cjs'\nvoid (async () => {\n${question}\n})().catch((error) => {\n  console.error(error)\n  process.exit(1)\n})\n`,
  )
  writeFileSync(
    join(work, 'consumer.ts'),
    `import { relationship, type RelationshipResult } from 'entente-timeline'\nimport { fixturePath, readTimelineFile } from 'entente-timeline/node'\nconst MODE: string = 'typescript (nodenext)'\n` +
      question.replace('const r = ', 'const r: RelationshipResult = '),
  )
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        strict: true,
        outDir: 'out',
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  )
  process.stdout.write(run('node', ['esm.mjs']))
  process.stdout.write(run('node', ['cjs.cjs']))
  run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'])
  process.stdout.write(run('node', ['out/consumer.js']))
  process.stdout.write(`cli ok: entente ${run(join(work, 'node_modules', '.bin', 'entente'), ['--version'])}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
