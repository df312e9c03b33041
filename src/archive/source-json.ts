// The source JSON of a filed document: the document tree both the PDF and the DOCX were rendered
// from. Keys sorted, so the bytes depend on the content only.
import type { DocumentTree } from '../forms/model.js';

function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) out[k] = sortKeys((x as Record<string, unknown>)[k]);
    return out;
  }
  return x;
}

export function canonicalTreeJson(tree: DocumentTree): string {
  return JSON.stringify(sortKeys({ format: 'xf-document-tree', version: '1', tree }), null, 1) + '\n';
}
