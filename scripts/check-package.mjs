// Checks the package as it would be published, from one tarball packed here (after the build and
// the API reference): what it holds and leaves out, every link in its Markdown, publint, the types
// under Node 16 resolution, a consumer that installs it, and a dry run of publishing.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, normalize, posix, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'entente-package-'))
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options })
const problems = []

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work]))
  const tarball = join(work, packed.filename)
  const files = new Set(packed.files.map((file) => file.path))
  console.log(`packed ${packed.filename}: ${files.size} files, ${(packed.size / 1024).toFixed(0)} KiB`)

  // What the tarball holds: the builds, the fixtures, the guides and the API reference they link
  // to; never tests, benchmarks, sources or source maps that would point at sources left out.
  for (const needed of ['dist/index.js', 'dist/index.cjs', 'dist/node.js', 'dist/cli/main.js', 'README.md']) {
    if (!files.has(needed)) problems.push(`the tarball lacks ${needed}`)
  }
  for (const needed of [
    'fixtures/vilnius-2023.ndjson',
    'docs/api/markdown/README.md',
    'docs/schema/event.schema.json',
  ]) {
    if (!files.has(needed)) problems.push(`the tarball lacks ${needed}`)
  }
  for (const file of files) {
    if (/^(test|bench|src|scripts)\//.test(file) || file.endsWith('.map'))
      problems.push(`the tarball holds ${file}, which is not for users`)
  }

  // Links. The README is shown on the registry's page, where a relative link leads nowhere: its
  // links are absolute, and those into this package name this version and a file it holds. In
  // the other Markdown files, read from the tarball, relative links must reach a packed file.
  const unpkg = `https://unpkg.com/${name}@${version}/`
  const holds = (path) =>
    files.has(path) || [...files].some((file) => file.startsWith(path.endsWith('/') ? path : `${path}/`))
  let links = 0
  for (const file of [...files].filter((path) => path.endsWith('.md') && !path.startsWith('docs/api/'))) {
    const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '')
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1]
      links++
      if (target.startsWith('#') || target.startsWith('mailto:')) continue
      if (/^https?:/.test(target)) {
        if (!target.startsWith(`https://unpkg.com/${name}`)) continue
        if (!target.startsWith(unpkg)) problems.push(`${file}: ${target} does not name version ${version}`)
        else if (!holds(target.slice(unpkg.length).split('#')[0]))
          problems.push(`${file}: ${target} is not in the tarball`)
        continue
      }
      if (file === 'README.md') {
        problems.push(`README.md: the relative link ${target} leads nowhere on the registry's page`)
        continue
      }
      const path = normalize(posix.join(dirname(file), target.split('#')[0]))
      if (!holds(path)) problems.push(`${file}: the link ${target} reaches ${path}, which is not in the tarball`)
    }
  }
  console.log(`links: ${links} checked in the packed Markdown`)
  if (problems.length > 0) throw new Error(`the package has problems:\n${problems.map((p) => `- ${p}`).join('\n')}`)

  run('npx', ['publint', 'run', tarball, '--strict'], { stdio: 'inherit' })
  run('npx', ['attw', tarball, '--profile', 'node16'], { stdio: 'inherit' })
  run('node', [join(root, 'scripts/consumer-smoke.mjs'), tarball], { stdio: 'inherit' })
  run('npm', ['publish', '--dry-run', '--ignore-scripts', tarball], { stdio: 'inherit' })
  if (!existsSync(tarball)) throw new Error('the tarball went missing')
  console.log('package ok')
} finally {
  rmSync(work, { recursive: true, force: true })
}
