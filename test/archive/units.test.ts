// The archive's pure parts: 档号 syntax, retention mapping, order within a 件, attachment classes,
// deterministic spreadsheets.
import { describe, it, expect } from 'vitest';
import { FILE_CODE_RE, ITEM_CODE_RE, fileArchivalCode, itemArchivalCode, bundleId } from '../../src/archive/codes.js';
import { retentionFor, unknownRetentionKeys } from '../../src/archive/retention.js';
import { orderDocuments } from '../../src/archive/order.js';
import { join } from 'node:path';
import { classifyAttachment, placeOf, type CaseDocument } from '../../src/archive/documents.js';
import { loadDescriptor } from '../../src/forms/descriptor.js';
import { BUNDLED_TEMPLATES_DIR } from '../../src/forms/templates.js';
import { caseTitle, scrub } from '../../src/archive/confidential.js';
import { listBytes } from '../../src/archive/xlsx.js';
import { defaultConfig } from '../../src/domain/config.js';
import type { CaseRecord } from '../../src/domain/case.js';

const rec = (over: Partial<CaseRecord> = {}, progress: CaseRecord['progress'] = {}): CaseRecord =>
  ({
    case_no: '2026-0001',
    status: 'terminated',
    channel: 'letter',
    via_agent: false,
    received_date: '2026-01-04',
    registered_date: '2026-01-04',
    category: 'claim',
    request_text: '请求整改供暖',
    facts_text: 'f',
    reasons_text: 'r',
    title: '关于小区供暖不达标的信访事项',
    petitioners: [{ name: '王秀兰', party_type: 'natural', id_doc_no: '370102196203150025', phone: '13905310001' }],
    progress,
    ...over,
  }) as CaseRecord;

describe('档号 (SPEC §7.3)', () => {
  it('formats item-mode codes that match the SPEC pattern, with or without the org code', () => {
    expect(ITEM_CODE_RE.test('Z109-WS·2011-Y-BGS-0001')).toBe(true);
    const code = itemArchivalCode({ fondsNo: 'X001', categoryCode: 'WS', year: 2026, retention: 'D30', orgCode: 'XFB', itemNo: 7 });
    expect(code).toBe('X001-WS·2026-D30-XFB-0007');
    expect(ITEM_CODE_RE.test(code)).toBe(true);
    expect(itemArchivalCode({ fondsNo: 'X001', categoryCode: 'WS', year: 2026, retention: 'Y', itemNo: 12 })).toBe('X001-WS·2026-Y-0012');
    for (const bad of ['X001-WS-2026-D30-XFB-0001', 'X001-WS·2026-D20-XFB-0001', 'X01-WS·2026-Y-0001', 'X001-WS·2026-Y-XF-0001', 'X001-WS·2026-Y-12']) expect(ITEM_CODE_RE.test(bad), bad).toBe(false);
    expect(bundleId('X001', 'WS', 2026)).toBe('X001-WS·2026');
  });
  it('formats file-mode codes 全宗号-目录号-案卷号', () => {
    expect(fileArchivalCode({ fondsNo: 'X001', catalogueNo: '2026', fileNo: 3 })).toBe('X001-2026-0003');
    expect(FILE_CODE_RE.test('X001-2026-0003')).toBe(true);
  });
});

describe('保管期限 (SPEC §7.7)', () => {
  const cfg = defaultConfig();
  it('maps the case to Y / D30 / D10, most specific criterion first', () => {
    expect(retentionFor(rec({ petitioner_count: 7 }), cfg)).toMatchObject({ code: 'Y', criterion: 'collective' });
    expect(retentionFor(rec({ instruction: { instruction_text: 'x', instructed_by: 'y', instructed_at: '2026-01-05' } }), cfg).code).toBe('Y');
    expect(retentionFor(rec({ online_type: 'consultation' }, { handling_opinion: {} as never }), cfg)).toMatchObject({ code: 'D10', criterion: 'consultation' });
    expect(retentionFor(rec({}, { termination: { terminated_date: '2026-03-01', reason: 'not_accepted' } }), cfg).code).toBe('D10');
    expect(retentionFor(rec({}, { handling_opinion: {} as never }), cfg)).toMatchObject({ code: 'D30', criterion: 'answered' });
    expect(retentionFor(rec({}, { review: {} as never }), cfg).code).toBe('D30');
  });
  it('follows the office mapping in xf.config.json and flags unknown keys', () => {
    const own = { ...cfg, archive: { ...cfg.archive!, retention: { answered: 'Y' as const, typo: 'D10' as const } } };
    expect(retentionFor(rec({}, { handling_opinion: {} as never }), own).code).toBe('Y');
    expect(unknownRetentionKeys(own)).toEqual(['typo']);
  });
});

describe('order within a 件 (SPEC §7.1)', () => {
  // each form's place comes from its bundled descriptor (templates/<id>/fields.yaml)
  const desc = (id: string) => loadDescriptor(join(BUNDLED_TEMPLATES_DIR, id), id);
  const form = (formId: string, date: string, serves?: string): CaseDocument => ({
    kind: 'form',
    key: formId + (serves ? '#1' : ''),
    formId,
    title: formId,
    creator: 'o',
    date,
    pdf: new Uint8Array(),
    docx: new Uint8Array(),
    source: '',
    ...(serves ? { serves } : {}),
    ...placeOf(desc(formId), serves ? desc(serves) : undefined),
  });
  const docs: CaseDocument[] = [
    form('intake_record', '2026-01-04'),
    form('acceptance_notice', '2026-01-06'),
    form('handling_opinion', '2026-02-27'),
    form('service_certificate', '2026-03-02', 'handling_opinion'),
    form('review_opinion', '2026-05-01'),
    form('proposal_slip', '2026-01-05'),
    { kind: 'attachment', key: 'att#1', index: 0, class: 'original', title: '来信', creator: 'p', date: '2026-01-03', abs: '/x', ext: 'jpg' },
  ];
  it('conclusion_first: 复查 → 处理意见书 → its 送达回证 → notices → 拟办 → the petition', () => {
    expect(orderDocuments(docs, 'conclusion_first').map((d) => d.key)).toEqual([
      'review_opinion',
      'handling_opinion',
      'service_certificate#1',
      'acceptance_notice',
      'proposal_slip',
      'intake_record',
      'att#1',
    ]);
  });
  it('chronological: by date', () => {
    expect(orderDocuments(docs, 'chronological').map((d) => d.date)).toEqual(['2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06', '2026-02-27', '2026-03-02', '2026-05-01']);
  });
  it('classifies attachments by kind, then title', () => {
    expect(classifyAttachment('来信原件', 'x')).toBe('original');
    expect(classifyAttachment('信封', 'x')).toBe('envelope');
    expect(classifyAttachment(undefined, '现场勘验照片')).toBe('investigation');
    expect(classifyAttachment('复查申请书', 'x')).toBe('review_application');
    expect(classifyAttachment('杂项', '说明')).toBe('other');
  });
});

describe('confidential titles', () => {
  it("leaves the petitioner out of a confidential case's title, even when the matter names them", () => {
    expect(caseTitle(rec())).toBe('王秀兰关于小区供暖不达标的信访事项（2026-0001）');
    const acc = rec({ category: 'accusation', confidential: true, title: '关于王秀兰反映某厂偷排的信访事项' });
    expect(caseTitle(acc)).toBe('关于（保密）反映某厂偷排的信访事项（2026-0001）');
    expect(scrub(acc, '13905310001 来电')).toBe('（保密） 来电');
  });
});

describe('spreadsheets', () => {
  it('are byte-identical when written twice (fixed dates, fixed zip timestamps)', async () => {
    const spec = {
      sheetName: '目录',
      title: '卷内文件目录',
      subtitle: ['档号：X001-2026-0001'],
      columns: [
        { header: '序号', key: 'seq', width: 6 },
        { header: '题名', key: 'title', width: 40 },
      ],
      date: '2026-04-10',
    };
    const a = await listBytes(spec, [{ seq: 1, title: '受理告知书' }]);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await listBytes(spec, [{ seq: 1, title: '受理告知书' }]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
