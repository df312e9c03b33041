// The document engine: case record + office → checked document tree → PDF and/or DOCX bytes.
// Every problem (missing fields, the form's rules, characters no font has, template faults) is
// collected before anything is rendered; the caller writes files only when this returns.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import { caseClocks } from '../domain/clocks.js';
import { defaultCalendar, type Calendar } from '../domain/calendar.js';
import { resolveRulePack, type ResolvedRulePack } from '../domain/rulepacks.js';
import { validationError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { FontSet, isSpace } from './fonts/fontset.js';
import { loadTemplate, type LoadedTemplate } from './templates.js';
import { loadDescriptor, resolveDocNo, type FormDescriptor } from './descriptor.js';
import { addNoticeFacts } from './notice-view.js';
import { formAudience } from '../domain/disclosure.js';
import { buildView, escapedView, stringLeaves, type FormView } from './view.js';
import { getPath, present, schemaLabel } from './paths.js';
import { parseTree } from './tree.js';
import { runRules } from './rules.js';
import { treeTexts, type DocumentTree } from './model.js';
import { renderPdf } from './render/pdf.js';
import { check, violate } from '../domain/rules/index.js';

export interface EngineOptions {
  office: OfficeConfig;
  /** Office template folder (config templates_dir), searched before the bundled templates. */
  templatesDir?: string;
  /** The office's home folder: relative font paths of xf.config.json resolve against it. */
  home?: string;
  fonts?: FontSet;
  calendar?: Calendar;
  pack?: ResolvedRulePack;
}

/** One engine per process or batch: fonts parsed and templates compiled once. */
export class FormEngine {
  readonly fonts: FontSet;
  readonly calendar: Calendar;
  readonly pack: ResolvedRulePack;

  constructor(readonly opts: EngineOptions) {
    this.fonts = opts.fonts ?? new FontSet(opts.office.fonts ?? {}, resolve(opts.home ?? process.cwd(), opts.office.fonts_dir ?? '.'));
    this.calendar = opts.calendar ?? defaultCalendar();
    this.pack = opts.pack ?? resolveRulePack(opts.office.rule_packs);
  }

  /** Templates and descriptors found once per engine (each render asks for them several times). */
  private readonly templates = new Map<string, LoadedTemplate>();
  private readonly descriptors = new Map<string, FormDescriptor>();

  template(id: string): LoadedTemplate {
    let tpl = this.templates.get(id);
    if (!tpl) this.templates.set(id, (tpl = loadTemplate(id, this.opts.templatesDir)));
    return tpl;
  }

  /** The form's descriptor (doc_no, issuer, checklist, filing_rank, copies, audience). */
  descriptor(id: string): FormDescriptor {
    let d = this.descriptors.get(id);
    if (!d) this.descriptors.set(id, (d = loadDescriptor(this.template(id).dir, id)));
    return d;
  }

  /** The form's view; with a form id, built for the form's audience through the disclosure policy. */
  /** `masked`: an internal form printed for the office's own use without a logged request (xf form). */
  view(rec: CaseRecord, extra: { void?: boolean; masked?: boolean } = {}, formId?: string): FormView {
    const clocks = caseClocks(rec, { pack: this.pack, calendar: this.calendar, isXfBureau: this.opts.office.is_xf_bureau });
    const aud = formId ? formAudience(this.descriptor(formId).audience, rec, this.opts.office.discipline_bodies ?? []) : 'filed';
    const audience = aud === 'filed' && extra.masked ? 'internal' : aud;
    return buildView(rec, this.opts.office, clocks, { ...extra, limits: this.pack.limits, audience });
  }

  /** Is this form reachable for the case (its available_when paths all hold a value)? */
  reaches(id: string, rec: CaseRecord): boolean {
    const view = this.view(rec);
    return this.template(id).spec.available_when.every((p) => p.split('|').some((alt) => present(getPath(view, alt.trim()))));
  }

  /** Build and check the document tree. Never throws for case problems: they are returned. */
  prepare(id: string, rec: CaseRecord, extra: { void?: boolean; masked?: boolean } = {}): { tree?: DocumentTree; violations: Violation[]; view: FormView } {
    const tpl = this.template(id);
    const desc = this.descriptor(id); // a broken descriptor is the template's fault: it throws, never a case problem
    const view = addNoticeFacts(this.view(rec, extra, id), desc, rec, this.opts.office, this.pack);
    const violations: Violation[] = [];
    for (const p of tpl.spec.available_when) {
      const alts = p.split('|').map((x) => x.trim());
      if (alts.some((alt) => present(getPath(view, alt)))) continue;
      violations.push(violate('STAGE', 'not_reached', { field: alts[0]!.replace(/^case\./, ''), label: schemaLabel(alts[0]!) ?? alts[0]!, params: { title: tpl.spec.title, id, status: rec.status } }));
    }
    if (violations.length) return { violations, view };
    for (const f of tpl.spec.fields) {
      if (f.when && !present(getPath(view, f.when))) continue;
      if (f.unless && present(getPath(view, f.unless))) continue;
      if (!present(getPath(view, f.path))) {
        violations.push(violate('FIELD', 'required', { field: f.path.replace(/^case\./, ''), label: f.label ?? schemaLabel(f.path) ?? f.path, params: { title: tpl.spec.title, id: tpl.spec.id } }));
      }
    }
    let yamlText: string;
    try {
      yamlText = tpl.render(escapedView(view));
    } catch (e) {
      violations.push(violate('TEMPLATE', 'detail', { field: '(template)', params: { detail: (e as Error).message } }));
      return { violations, view };
    }
    const parsed = parseTree(yamlText);
    violations.push(...parsed.violations);
    if (!parsed.tree) return { violations, view };
    const tree = parsed.tree;
    const docNo = resolveDocNo(desc, view);
    violations.push(...runRules(tpl.spec.rules, { view, tree, formId: id, limits: this.pack.limits, ...(docNo ? { docNoField: docNo.field } : {}) }));
    violations.push(...this.fontViolations(tree, view));
    return { tree, violations, view };
  }

  /** A character no configured font has is an error naming the character and the field. */
  fontViolations(tree: DocumentTree, view: FormView): Violation[] {
    return check('FONT', 'glyphs', {
      text: treeTexts(tree.blocks).join('\n'),
      // FontSet.missing for one character, without its Set and array
      has: (ch) => {
        const cp = ch.codePointAt(0)!;
        return cp < 0x20 || isSpace(cp) || this.fonts.fontFor('fang', cp) !== undefined;
      },
      sources: () => stringLeaves(view),
      place: (p) => ({ field: p.replace(/^case\./, ''), label: schemaLabel(p) ?? p }),
    });
  }

  /** Check, then render. Throws a VALIDATION XfError listing every error; warnings come back. */
  async render(
    id: string,
    rec: CaseRecord,
    want: { pdf?: boolean; docx?: boolean; qr?: boolean; void?: boolean; seal?: Uint8Array; masked?: boolean } = { pdf: true },
  ): Promise<{ pdf?: Uint8Array; docx?: Uint8Array; tree: DocumentTree; warnings: Violation[] }> {
    const { tree, violations } = this.prepare(id, rec, { void: want.void, ...(want.masked ? { masked: true } : {}) });
    const errors = violations.filter((v) => v.severity === 'error');
    if (errors.length || !tree) throw validationError(t(`${rec.case_no} 的「${this.template(id).spec.title}」`, `${id} for ${rec.case_no}`), violations);
    const verify = want.qr || tree.verify_qr ? verifyCode(rec.case_no, id, tree) : undefined;
    if (want.seal) {
      // V-DOC-1: an e-seal image only when the office supplies one; it goes into the reserved zone
      const seal = check('V-DOC-1', 'seal', { is_png: isPng(want.seal) });
      if (seal.length) throw validationError('--seal', seal);
      const b64 = Buffer.from(want.seal).toString('base64');
      for (const b of tree.blocks) if (b.type === 'signature' && b.seal) b.seal_png = b64;
    }
    const out: { pdf?: Uint8Array; docx?: Uint8Array; tree: DocumentTree; warnings: Violation[] } = { tree, warnings: violations };
    if (want.pdf) out.pdf = await renderPdf(tree, this.fonts, verify ? { verify } : {});
    // the DOCX writer loads only when asked for (startup time)
    if (want.docx) out.docx = await (await import('./render/docx.js')).renderDocx(tree, { ...(verify ? { verify } : {}), fonts: this.fonts });
    return out;
  }
}

function isPng(b: Uint8Array): boolean {
  return b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
}

/** Canonical JSON of the tree: the document's content digest (a file cannot hold its own hash). */
export function treeDigest(tree: DocumentTree): string {
  return createHash('sha256').update(JSON.stringify(tree)).digest('hex');
}

/** What the verification QR holds: case number, form and the content digest. */
export function verifyCode(caseNo: string, formId: string, tree: DocumentTree): string {
  return `XF1|${caseNo}|${formId}|sha256:${treeDigest(tree)}`;
}
