#!/usr/bin/env node
// Bundles the CLI (dist/ from tsc) into one script, dist/bundle/xf.cjs, that bin/xf compiles with a
// V8 code cache (bin/xf says how): a cold `xf form …` then neither resolves hundreds of ESM modules
// (typebox alone is 218) nor parses the 1.8 MB it does not run. CommonJS, because only a vm.Script
// takes and makes cached data in Node 20 (no module compile cache before Node 22.1). Each command
// group's modules stay behind a lazy init (esbuild wraps what main.ts imports dynamically), so a
// command still evaluates only its own dependencies.
//
// Every source file keeps the `import.meta.url` it has in dist/ (templates, fonts, package.json and
// the worker scripts are found relative to it), so the bundle behaves exactly like the tsc output;
// the other workers stay the tsc-built files, except the forms batch worker, bundled on its own as an
// ES module (dist/bundle/batch-worker.js). Native and optional-native packages stay external,
// resolved from node_modules at run time, and so does pdf-lib's ES bundle in the CLI: its dynamic
// import() calls go to the launcher's __xfImport (a vm.Script has no module loader of its own).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bundle');
const require = createRequire(join(ROOT, 'package.json'));

// pdf-lib's ES bundle, which the renderer and the archive import by path when run from dist/: in the
// bundle it is compiled in (and so code-cached) instead of being read, format-sniffed and parsed anew.
const PDF_LIB_BY_PATH = /import\(pathToFileURL\(join\(root, 'dist', 'pdf-lib\.esm\.min\.js'\)\)\.href\)/g;
const PDF_LIB = 'xf:pdf-lib';

// handlebars' single-file build, which templates.ts requires from node_modules: compiled in as well
const HANDLEBARS_BY_PATH = "createRequire(import.meta.url)('handlebars/dist/handlebars.min.js')";

// import() of anything but a relative module (those esbuild bundles), outside `typeof import(…)` types
const EXTERNAL_IMPORT = /(?<!typeof\s*)\bimport\((?!\s*['"](?:\.|xf:))/g;

// where a source file's tsc output lies, relative to the bundle: its import.meta.url is rebased there
const distRel = (path) =>
  relative(OUT, join(ROOT, 'dist', relative(join(ROOT, 'src'), path)).replace(/\.ts$/, '.js'))
    .split(sep)
    .join('/');

// commander requires child_process (and with it net, dgram and their streams) only to spawn
// executable subcommands, which xf has none of: in the bundle it is required on first use instead
const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const COMMANDER_LAZY = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";

// xf's own templates compiled in (src/forms/templates-built.ts says how they are used): a cold form
// then neither parses fields.yaml nor compiles form.yaml.hbs.js with new Function, outside the code cache
const TEMPLATES = join(ROOT, 'templates');
async function builtTemplates() {
  const { templateSpecCode, FIELDS_FILE, TEMPLATE_FILE } = await import(pathToFileURL(join(ROOT, 'dist', 'forms', 'templates.js')).href);
  const { parse } = await import('yaml');
  const entries = [];
  const visit = async (dir, depth) => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.isDirectory()) continue;
      const at = join(dir, e.name);
      const key = relative(TEMPLATES, at).split(sep).join('/');
      const parts = [];
      const fields = await readFile(join(at, FIELDS_FILE), 'utf8').catch(() => undefined);
      if (fields !== undefined) {
        let value;
        try {
          value = parse(fields);
        } catch {
          /* not YAML: the run reports it, reading the file */
        }
        // only what JSON carries unchanged (a YAML date or an undefined would not come back alike)
        if (value !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value))
          parts.push(`fields: { text: ${JSON.stringify(fields)}, json: ${JSON.stringify(JSON.stringify(value))} }`);
      }
      const form = await readFile(join(at, TEMPLATE_FILE), 'utf8').catch(() => undefined);
      if (form !== undefined) parts.push(`form: { text: ${JSON.stringify(form)}, spec: ${templateSpecCode(form)} }`);
      // each behind a function: only the folders a run uses are compiled, and so in its code cache
      if (parts.length) entries.push(`${JSON.stringify(key)}: () => ({ ${parts.join(', ')} })`);
      else if (depth < 1) await visit(at, depth + 1); // a group of templates (archive/)
    }
  };
  await visit(TEMPLATES, 0);
  return `export const BUILT_TEMPLATES = { ${entries.join(',\n')} };\n`;
}

const forScript = {
  name: 'xf-script',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]forms[\\/]templates-built\.ts$/ }, async () => ({ contents: await builtTemplates(), loader: 'js' }));
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(COMMANDER_CHILD_PROCESS)) console.warn('bundle.mjs: commander no longer requires child_process as expected; it loads eagerly');
      return { contents: text.replace(COMMANDER_CHILD_PROCESS, COMMANDER_LAZY), loader: 'js' };
    });
    b.onResolve({ filter: /^xf:pdf-lib$/ }, () => ({ path: join(dirname(dirname(require.resolve('@cantoo/pdf-lib'))), 'dist', 'pdf-lib.esm.min.js') }));
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let text = (await readFile(args.path, 'utf8')).replace(HANDLEBARS_BY_PATH, "require('handlebars/dist/handlebars.min.js')");
      if (text.includes('import.meta.url')) {
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(distRel(args.path))}, __xfUrl).href`);
      }
      text = text.replace(PDF_LIB_BY_PATH, `import(${JSON.stringify(PDF_LIB)})`).replace(EXTERNAL_IMPORT, '__xfImport(');
      return { contents: text, loader: 'ts' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: { xf: join(ROOT, 'src', 'cli', 'main.ts') },
  outdir: OUT,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // native addons, and packages with optional native parts or run-time file lookups of their own
  external: ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'mupdf', 'exceljs'],
  banner: { js: 'const __xfUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [forScript],
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
});
// Any import() left would throw in the vm.Script (no loader): every one must have gone to __xfImport.
// A check that fails removes the bundle: bin/xf would otherwise run it, being newer than tsc's output.
const text = await readFile(join(OUT, 'xf.cjs'), 'utf8');
const fail = (why) => {
  rmSync(join(OUT, 'xf.cjs'), { force: true });
  throw new Error(`bundle.mjs: ${why}`);
};
if (/[^\w$.]import\(/.test(text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""'))) fail('an import() is left in dist/bundle/xf.cjs; the launcher cannot serve it');
if (Object.keys(result.metafile.outputs).length !== 1) fail('expected one output file');
// Pure ASCII, so bin/xf decodes it as latin1 (a one-byte string, ~1 ms) instead of UTF-8 (~8 ms for
// 2.4 MB): esbuild escapes strings but leaves the CJK in regex literals. \uXXXX means the same
// character in a string, template or regex literal; after a backslash it would not, nor in the raw
// strings a tag reads (String.raw`中` would read the escape itself): the build refuses both (a
// property `.raw` that is not better-sqlite3's `.raw()` call refuses it too, to be safe).
if (/\\[\u0080-\uffff]/.test(text)) fail('a backslash before a non-ASCII character; cannot escape it');
if (/String\.raw|(?<!\.)\.raw\b(?!\()/.test(text)) fail('the bundle reads raw template strings (String.raw or .raw), which escaping would change');
const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// Its first line names its content (bin/xf names the code cache by it: V8 itself checks only the
// source's length, and a stale cache accepted for another bundle of the same length would run wrong code).
await writeFile(join(OUT, 'xf.cjs.tmp'), `// xf-bundle ${createHash('sha1').update(ascii).digest('hex').slice(0, 20)}\n${ascii}`);
renameSync(join(OUT, 'xf.cjs.tmp'), join(OUT, 'xf.cjs'));

// The forms batch worker: a worker that imports tsc's hundreds of modules spends ~0.25 s CPU before
// its first form, in every thread of every batch (src/forms/batch.ts picks this file). A worker is a
// real ES module with a loader of its own, so it keeps import() and import.meta.url, rebased as above.
const keepMetaUrl = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      if (text.includes('import.meta.url')) {
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(distRel(args.path))}, import.meta.url).href`);
      }
      return { contents: text, loader: 'ts' };
    });
  },
};
await build({
  entryPoints: { 'batch-worker': join(ROOT, 'src', 'forms', 'batch-worker.ts') },
  outdir: OUT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'sharp', 'pg', 'pg-native', 'mupdf', 'exceljs'],
  // CommonJS packages bundled into ESM call require() for Node built-ins: give them one
  banner: { js: "import { createRequire as __xfCreateRequire } from 'node:module'; const require = __xfCreateRequire(import.meta.url);" },
  plugins: [keepMetaUrl],
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
});
