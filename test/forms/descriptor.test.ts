// The form descriptor's loader and its 文号 lookup: every key required, every value checked, the
// 文号 found where the template prints it (including the review-stage notices).
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DESCRIPTOR_KEYS, loadDescriptor, parseDescriptor, resolveDocNo } from '../../src/forms/descriptor.js';
import { BUNDLED_TEMPLATES_DIR, listFormIds } from '../../src/forms/templates.js';
import { XfError } from '../../src/domain/errors.js';

const good = { doc_no: 'case.progress.acceptance.doc_no', issuer: 'organ', checklist: 5, filing_rank: 47, copies: 'one', audience: ['petitioner', 'agent'] };

describe('parseDescriptor', () => {
  it('accepts a complete descriptor and normalises doc_no to a list', () => {
    const r = parseDescriptor(good, 'x', 'f.yaml');
    expect(r.violations).toEqual([]);
    expect(r.descriptor).toMatchObject({ id: 'x', doc_no: ['case.progress.acceptance.doc_no'], issuer: 'organ', checklist: 5, filing_rank: 47, copies: 'one' });
    expect(parseDescriptor({ ...good, doc_no: 'none' }, 'x', 'f.yaml').descriptor?.doc_no).toEqual([]);
  });

  it.each(DESCRIPTOR_KEYS.map((k) => [k]))('a descriptor without %s is refused, naming the file and the key', (key) => {
    const raw: Record<string, unknown> = { ...good };
    delete raw[key];
    const r = parseDescriptor(raw, 'acceptance_notice', '/t/fields.yaml');
    expect(r.descriptor).toBeUndefined();
    expect(r.violations).toEqual([expect.objectContaining({ field: `/t/fields.yaml:${key}`, severity: 'error', message: expect.stringContaining('acceptance_notice') })]);
  });

  it.each([
    ['issuer', 'division'],
    ['copies', 'per_party'],
    ['checklist', 15],
    ['checklist', 0],
    ['checklist', 2.5],
    ['filing_rank', -1],
    ['filing_rank', 'first'],
    ['audience', []],
    ['audience', 'petitioner'],
    ['doc_no', 'case.progress.acceptance.doc no'],
    ['doc_no', 12],
  ] as [string, unknown][])('%s: %j is refused', (key, value) => {
    const r = parseDescriptor({ ...good, [key]: value }, 'x', 'f.yaml');
    expect(r.descriptor).toBeUndefined();
    expect(r.violations.map((v) => v.field)).toEqual([`f.yaml:${key}`]);
    expect(r.violations[0]!.found).toEqual(value);
  });

  it('an unknown audience is named by its place; internal stands alone; as_served needs per_service', () => {
    expect(parseDescriptor({ ...good, audience: ['petitioner', 'press'] }, 'x', 'f').violations.map((v) => [v.field, v.found])).toEqual([['f:audience[1]', 'press']]);
    expect(parseDescriptor({ ...good, audience: ['internal', 'agent'] }, 'x', 'f').violations.map((v) => v.field)).toEqual(['f:audience']);
    expect(parseDescriptor({ ...good, checklist: 'as_served' }, 'x', 'f').violations.map((v) => v.field)).toEqual(['f:checklist']);
    expect(parseDescriptor({ ...good, checklist: 'as_served', filing_rank: 'after_served', copies: 'per_service' }, 'x', 'f').violations).toEqual([]);
  });

  it('loadDescriptor throws a VALIDATION XfError naming the form, the file and every bad key', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'xf-desc-')), 'my_form');
    mkdirSync(dir);
    const { audience: _a, ...rest } = good;
    writeFileSync(join(dir, 'fields.yaml'), stringify({ id: 'my_form', ...rest, issuer: 'nobody' }));
    try {
      loadDescriptor(dir, 'my_form');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(XfError);
      const x = e as XfError;
      expect(x.code).toBe('VALIDATION');
      expect(x.message).toContain('my_form');
      expect(x.message).toContain(join(dir, 'fields.yaml'));
      expect(x.details).toMatchObject({ form_id: 'my_form', keys: ['audience', 'issuer'] });
    }
  });

  it('every bundled form has a valid descriptor', () => {
    const ids = listFormIds();
    expect(ids.length).toBeGreaterThanOrEqual(19);
    for (const id of ids) expect(loadDescriptor(join(BUNDLED_TEMPLATES_DIR, id), id).id).toBe(id);
  });
});

describe('resolveDocNo: the 文号 the template prints', () => {
  const desc = (id: string) => loadDescriptor(join(BUNDLED_TEMPLATES_DIR, id), id);
  const view = (progress: object, extra: object = {}) => ({ case: { progress }, ...extra });

  it('the non-acceptance notice of a review or re-review application', () => {
    const d = desc('non_acceptance_notice');
    expect(resolveDocNo(d, view({ non_acceptance: { doc_no: '某信不受字〔2026〕1号' } }))).toEqual({ field: 'case.progress.non_acceptance.doc_no', value: '某信不受字〔2026〕1号' });
    expect(resolveDocNo(d, view({ review: { non_acceptance: { doc_no: '某府复不受字〔2026〕2号' } } }))).toEqual({
      field: 'case.progress.review.non_acceptance.doc_no',
      value: '某府复不受字〔2026〕2号',
    });
    expect(resolveDocNo(d, view({ rereview: { non_acceptance: { doc_no: '某市复核不受字〔2026〕3号' } } }))?.field).toBe('case.progress.rereview.non_acceptance.doc_no');
  });

  it('the materials notice: the latest stage is the one printed, even when an earlier stage also had one', () => {
    const d = desc('materials_cure_notice');
    const both = { materials_cure: { doc_no: '某信补字〔2026〕1号' }, review: { materials: { doc_no: '某府复补字〔2026〕4号' } } };
    expect(resolveDocNo(d, view(both))).toEqual({ field: 'case.progress.review.materials.doc_no', value: '某府复补字〔2026〕4号' });
    // a review-stage notice without a number has none: the first-stage number is not borrowed
    expect(resolveDocNo(d, view({ ...both, review: { materials: {} } }))).toBeUndefined();
    expect(resolveDocNo(d, view({ materials_cure: { doc_no: '某信补字〔2026〕1号' } }))?.value).toBe('某信补字〔2026〕1号');
  });

  it('a 送达回证: the last service of the record it is given, as a concrete path', () => {
    const services = [{ doc_no: 'A〔2026〕1号' }, { doc_no: 'B〔2026〕2号' }];
    expect(resolveDocNo(desc('service_certificate'), view({ services }))).toEqual({ field: 'case.progress.services[1].doc_no', value: 'B〔2026〕2号' });
    expect(resolveDocNo(desc('proxy_contact_slip'), view({}, { slip_no: 'X1-LXD-2026-000001' }))).toEqual({ field: 'slip_no', value: 'X1-LXD-2026-000001' });
    expect(resolveDocNo(desc('intake_record'), view({}))).toBeUndefined();
  });
});
