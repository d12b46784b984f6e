/**
 * Writes docs/schema/*.schema.json from the zod schemas (`npm run schema`). With `--check`, it
 * writes nothing and exits 1 listing the files that are stale, for CI.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findStaleSchemas, generateSchemas, SCHEMA_DIRECTORY } from './schemas.js'

const directory = join(fileURLToPath(new URL('..', import.meta.url)), SCHEMA_DIRECTORY)

async function main(argv: readonly string[]): Promise<number> {
  const stale = await findStaleSchemas(directory)
  if (argv.includes('--check')) {
    if (stale.length === 0) return 0
    console.error(
      `Stale JSON Schemas in ${SCHEMA_DIRECTORY} (run npm run schema):\n${stale.map((file) => `  ${file}`).join('\n')}`,
    )
    return 1
  }
  const files = generateSchemas()
  await mkdir(directory, { recursive: true })
  for (const file of stale) {
    const content = files.get(file)
    if (content === undefined) await rm(join(directory, file))
    else await writeFile(join(directory, file), content)
  }
  console.log(
    stale.length === 0 ? `${SCHEMA_DIRECTORY} is up to date` : `Wrote ${stale.length} file(s) in ${SCHEMA_DIRECTORY}`,
  )
  return 0
}

process.exitCode = await main(process.argv.slice(2))
