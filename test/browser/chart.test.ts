/**
 * The report and the chart in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (which never downloads a browser of its own). Each page is loaded with every
 * request intercepted, screenshotted, and checked for what a reader must see: a chart that is
 * not blank, its axis titles, the annotated events, no console error and no request at all.
 *
 * Without Chromium the suite says so in one line and does not run, except under CI=true, where
 * a missing browser fails it: CI installs Chromium (.ci/run).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationshipSeries, Timeline } from '../../src/index.js'
import { ensureBuilt, entente, fixture } from '../cli/support.js'

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const found = existsSync(executablePath)
const inCi = process.env['CI'] === 'true'

if (!found && !inCi) console.log(`test/browser: no Chromium at ${executablePath}, so the browser suite does not run`)

if (inCi && !found) {
  describe('the browser suite under CI', () => {
    it('finds Chromium', () => {
      expect(existsSync(executablePath), `no Chromium at ${executablePath}: apt-get install -y chromium`).toBe(true)
    })
  })
}

const timeline = Timeline.fromNdjson(readFileSync(fixture, 'utf8'))

/** What a page did while it was open: the requests it tried and the errors it logged. */
interface Watch {
  readonly requests: string[]
  readonly errors: string[]
}

describe.runIf(found)('in Chromium', () => {
  let context: BrowserContext
  let profile: string

  beforeAll(async () => {
    await ensureBuilt()
    profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true })
  })

  /** Opens HTML in a new page, every request intercepted and refused. */
  async function open(html: string): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage()
    const watch: Watch = { requests: [], errors: [] }
    await page.route('**/*', async (route) => {
      watch.requests.push(route.request().url())
      await route.abort()
    })
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) watch.requests.push(request.url())
    })
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(message.text())
    })
    page.on('pageerror', (error) => watch.errors.push(error.message))
    await page.setContent(html, { waitUntil: 'load' })
    return { page, watch }
  }

  /** How much of a screenshot is not white, and how much is dark (text, lines), measured in the browser. */
  async function inked(page: Page): Promise<{ nonWhite: number; dark: number; total: number }> {
    const png = await page.screenshot({ fullPage: true })
    const scratch = await context.newPage()
    try {
      return await scratch.evaluate(async (base64) => {
        const image = new Image()
        image.src = `data:image/png;base64,${base64}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const draw = canvas.getContext('2d')!
        draw.drawImage(image, 0, 0)
        const { data } = draw.getImageData(0, 0, image.width, image.height)
        let nonWhite = 0
        let dark = 0
        for (let i = 0; i < data.length; i += 4) {
          const light = (data[i]! + data[i + 1]! + data[i + 2]!) / 3
          if (light < 250) nonWhite++
          if (light < 100) dark++
        }
        return { nonWhite, dark, total: data.length / 4 }
      }, png.toString('base64'))
    } finally {
      await scratch.close()
    }
  }

  const events = new Set(
    relationshipSeries(timeline, 'JPN', 'NATO', { from: '2022-01-01', to: '2024-12-31' }).samples.flatMap(
      (sample) => sample.events,
    ),
  )

  async function expectChart(page: Page, watch: Watch): Promise<void> {
    const svg = page.locator('svg').first()
    const box = await svg.boundingBox()
    expect(box?.width).toBeGreaterThan(400)
    expect(box?.height).toBeGreaterThan(300)
    await expect(
      page.locator('svg text', { hasText: 'Tone index, Goldstein points' }).count(),
    ).resolves.toBeGreaterThan(0)
    await expect(page.locator('svg text', { hasText: '(half-life 365 days)' }).count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('svg text', { hasText: 'Date (UTC), sampled monthly' }).count()).resolves.toBeGreaterThan(
      0,
    )
    await expect(page.locator('svg text', { hasText: 'Japan towards NATO' }).count()).resolves.toBeGreaterThan(0)
    const labels = await page
      .locator('svg [aria-label]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))
    const annotated = [...events].filter((id) => labels.some((label) => label.includes(`(${id})`)))
    expect(annotated.length).toBeGreaterThan(0)
    expect(annotated).toContain('summit-nato-vilnius-2023')
    const ink = await inked(page)
    expect(ink.nonWhite / ink.total).toBeGreaterThan(0.02)
    expect(ink.dark).toBeGreaterThan(500)
    expect(watch.errors).toEqual([])
    expect(watch.requests).toEqual([])
  }

  it('shows the report: chart, axis titles, annotated events, no error, no request', async () => {
    const run = entente(['report', fixture, 'JPN', 'NATO', '--at', '2024-12-31', '--from', '2022-01-01'])
    expect(run.status).toBe(0)
    const { page, watch } = await open(run.stdout)
    await expectChart(page, watch)
    await expect(page.locator('h1').textContent()).resolves.toBe('Japan and NATO on 2024-12-31')
    // a link to the evidence lands on an entry that names its sources
    const link = page.locator('a[href^="#event-agreement-"]').first()
    const target = (await link.getAttribute('href'))!.slice(1)
    await expect(page.locator(`[id="${target}"] a[href^="#source-"]`).count()).resolves.toBeGreaterThan(0)
    await page.close()
  }, 60_000)

  it('shows the SVG chart: axis titles, annotated events, no error, no request', async () => {
    const run = entente(['chart', fixture, 'JPN', 'NATO', '--from', '2022-01-01', '--to', '2024-12-31', '--known-then'])
    expect(run.status).toBe(0)
    const { page, watch } = await open(`<!doctype html><html><body>${run.stdout}</body></html>`)
    await expectChart(page, watch)
    await expect(page.locator('svg text', { hasText: 'Overall, as known at each date' }).count()).resolves.toBe(1)
    await page.close()
  }, 60_000)
})
