import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps: they would point at src/, which the package does not ship.
    clean: true,
    target: 'node20',
    treeshake: true,
    // import.meta.url in the CommonJS build too, where fixturePath finds the fixtures from.
    shims: true,
    // One copy of the library shared by both entry points, in CommonJS too, so instanceof holds across them.
    splitting: true,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // The commands are loaded when they run (so --help and --version start fast): their chunks
    // stay under dist/cli, apart from the library's.
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]'
    },
  },
])
