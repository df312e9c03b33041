// Finding aids (目录, 备考表, 封面, the 归档章 itself) are documents like any form: a Handlebars template
// producing a document tree, rendered by the document engine's own renderers. Their data is the
// archive's, not a case's, so they live apart from the case forms (templates/archive/<id>/, which
// `xf form list` and the form lint do not treat as case forms) and get their own view. An office
// overrides one by copying it to <templates_dir>/archive/<id>/.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XfError, validationError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { FormEngine } from '../forms/engine.js';
import type { DocumentTree } from '../forms/model.js';
import { renderPdf } from '../forms/render/pdf.js';
import type { ArchivalXmp } from '../forms/render/pdfa.js';
import { BUNDLED_TEMPLATES_DIR, FIELDS_FILE, TEMPLATE_FILE, loadTemplateDir, type LoadedTemplate } from '../forms/templates.js';
import { parseTree } from '../forms/tree.js';
import { escapedView, type FormView } from '../forms/view.js';
import { violate } from '../domain/rules/index.js';

export const ARCHIVE_TEMPLATES_SUBDIR = 'archive';

export function findArchiveTemplate(id: string, officeDir?: string): LoadedTemplate {
  const roots = officeDir ? [resolve(officeDir), BUNDLED_TEMPLATES_DIR] : [BUNDLED_TEMPLATES_DIR];
  for (const r of roots) {
    const dir = join(r, ARCHIVE_TEMPLATES_SUBDIR, id);
    if (existsSync(join(dir, TEMPLATE_FILE)) && existsSync(join(dir, FIELDS_FILE))) return loadTemplateDir(dir, id);
  }
  throw new XfError(
    'NOT_FOUND',
    t(
      `缺少归档模板 templates/${ARCHIVE_TEMPLATES_SUBDIR}/${id}（${TEMPLATE_FILE} 与 ${FIELDS_FILE}）`,
      `archive template templates/${ARCHIVE_TEMPLATES_SUBDIR}/${id} is missing (${TEMPLATE_FILE} and ${FIELDS_FILE})`,
    ),
  );
}

/** Expand and check an archive template against `view`; throws VALIDATION listing every fault. */
export function aidTree(engine: FormEngine, id: string, view: object): DocumentTree {
  const tpl = findArchiveTemplate(id, engine.opts.templatesDir);
  let yaml: string;
  try {
    yaml = tpl.render(escapedView(view));
  } catch (e) {
    throw validationError(t(`归档模板 ${id}`, `archive template ${id}`), [violate('TEMPLATE', 'detail', { field: '(template)', params: { detail: (e as Error).message } })]);
  }
  const parsed = parseTree(yaml);
  const problems = [...parsed.violations];
  if (parsed.tree) problems.push(...engine.fontViolations(parsed.tree, view as unknown as FormView));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !parsed.tree) throw validationError(t(`归档模板 ${id}`, `archive template ${id}`), problems);
  return parsed.tree;
}

/** Every finding aid is PDF/A-1b, described by the archival fields its view carries. */
export async function renderAid(engine: FormEngine, id: string, view: object): Promise<{ pdf: Uint8Array; tree: DocumentTree }> {
  const tree = aidTree(engine, id, view);
  return { pdf: await renderPdf(tree, engine.fonts, { pdfa: { archival: archivalOfView(view) } }), tree };
}

function archivalOfView(view: object): ArchivalXmp {
  const v = view as { archival_code?: unknown; fonds_name?: unknown; year?: unknown };
  return {
    ...(typeof v.archival_code === 'string' ? { archivalCode: v.archival_code } : {}),
    ...(typeof v.fonds_name === 'string' ? { fondsName: v.fonds_name } : {}),
    ...(typeof v.year === 'number' ? { year: v.year } : {}),
  };
}
