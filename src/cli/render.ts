/**
 * Rendering Vega-Lite specifications for the command line: SVG through vega and vega-lite
 * (server-side, no browser), PNG through resvg. They are optional peer dependencies, loaded
 * only when a command renders, so that the library never loads them.
 */
import type { VegaLiteSpec } from '../index.js'
import { InputError } from './usage.js'

/** What to install for each optional renderer. */
const INSTALL: Readonly<Record<string, string>> = {
  vega: 'vega@6.2.0',
  'vega-lite': 'vega-lite@6.4.3',
  '@resvg/resvg-js': '@resvg/resvg-js@2.6.2',
}

/** Loads a module by name; a parameter so that a test can stand in for a missing package. */
export type Importer = (name: string) => Promise<unknown>

const importer: Importer = (name) => import(name)

/**
 * Loads an optional package, or says which to install.
 *
 * @param name - the package
 * @param load - how to load it
 * @returns the module
 * @throws InputError when it is not installed
 */
export async function loadOptional<M>(name: string, load: Importer = importer): Promise<M> {
  try {
    return (await load(name)) as M
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new InputError(
        `rendering charts needs the optional package ${name}, which is not installed: ` +
          `npm install ${INSTALL[name] ?? name} (charts as --format vega-lite need nothing more)`,
      )
    throw error
  }
}

interface VegaModule {
  View: new (
    runtime: unknown,
    options: { renderer: string },
  ) => {
    toSVG(): Promise<string>
    finalize(): void
  }
  parse(spec: unknown): unknown
  logger(level: number): unknown
  Error: number
}

interface VegaLiteModule {
  compile(spec: unknown, options?: { logger?: unknown }): { spec: unknown }
}

interface ResvgModule {
  Resvg: new (
    svg: string,
    options: object,
  ) => {
    render(): { asPng(): Uint8Array }
  }
}

/**
 * Renders a Vega-Lite specification to SVG text.
 *
 * @param spec - the specification
 * @param load - how to load vega and vega-lite
 * @returns the SVG
 * @throws InputError when vega or vega-lite is not installed
 */
export async function toSvg(spec: VegaLiteSpec, load: Importer = importer): Promise<string> {
  const vegaLite = await loadOptional<VegaLiteModule>('vega-lite', load)
  const vega = await loadOptional<VegaModule>('vega', load)
  // Only errors: vega-lite's warnings are about choices the specification makes on purpose.
  const logger = vega.logger(vega.Error)
  const compiled = vegaLite.compile(spec, { logger }).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

/**
 * Renders SVG text to PNG bytes, at twice the size for sharp print.
 *
 * @param svg - the SVG
 * @param load - how to load resvg
 * @returns the PNG
 * @throws InputError when resvg is not installed
 */
export async function toPng(svg: string, load: Importer = importer): Promise<Uint8Array> {
  const { Resvg } = await loadOptional<ResvgModule>('@resvg/resvg-js', load)
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
  return renderer.render().asPng()
}
