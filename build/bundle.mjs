#!/usr/bin/env node
// Bundles the CLI (dist/ from tsc) into dist/bundle/: a cold `xf form …` then reads a handful of
// files instead of hundreds of ESM modules (typebox alone is 218). Code splitting keeps each command
// group's dependencies in a chunk of its own, loaded only when that command runs.
//
// Every source file keeps the `import.meta.url` it has in dist/ (templates, fonts, package.json and
// the worker scripts are found relative to it), so the bundle behaves exactly like the tsc output;
// the other workers stay the tsc-built files. Native and optional-native packages stay
// external, resolved from node_modules at run time.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');

const keepMetaUrl = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (text.includes('import.meta.url')) {
        const distFile = join(ROOT, 'dist', relative(join(ROOT, 'src'), args.path)).replace(/\.ts$/, '.js');
        const rel = relative(OUT, distFile).split(sep).join('/');
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
      }
      return { contents: text, loader: 'ts' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true }); // chunk names carry hashes: no stale chunk may linger
await build({
  // the forms batch worker too: a worker that imports tsc's hundreds of modules spends ~0.25 s CPU
  // before its first form, in every thread of every batch (src/forms/batch.ts picks this file)
  entryPoints: { xf: join(ROOT, 'src', 'cli', 'main.ts'), 'batch-worker': join(ROOT, 'src', 'forms', 'batch-worker.ts') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // native addons, and packages with optional native parts or run-time file lookups of their own
  external: ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'mupdf', 'exceljs'],
  // CommonJS packages bundled into ESM call require() for Node built-ins: give them one
  banner: { js: "import { createRequire as __xfCreateRequire } from 'node:module'; const require = __xfCreateRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  plugins: [keepMetaUrl],
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
});
