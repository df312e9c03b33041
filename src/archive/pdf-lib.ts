// pdf-lib for the archive's own PDF work (overlays, images to PDF), loaded the way the renderer
// loads it: its single-file bundle imports in a fraction of the time of its ES module tree.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type PdfLib = typeof import('@cantoo/pdf-lib');
let lib: PdfLib | undefined;

export async function pdfLib(): Promise<PdfLib> {
  if (!lib) {
    const req = createRequire(import.meta.url);
    const root = dirname(dirname(req.resolve('@cantoo/pdf-lib')));
    lib = (await import(pathToFileURL(join(root, 'dist', 'pdf-lib.esm.min.js')).href)) as PdfLib;
  }
  return lib;
}
