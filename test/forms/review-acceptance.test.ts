// The review stages' own notices (issue 13): the 复查/复核 受理告知书 exists, is signed by the review or
// re-review body (descriptor issuer: stage), never by the organ whose opinion is reviewed, and the
// review stage's 送达回证 is signed by that body too. Through the CLI, read back from the PDF.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// each test runs xf (and LibreOffice) several times: minutes on a loaded machine
const SLOW = { timeout: 300_000 };
import { freshHome, type Home } from '../helpers/home.js';
import { requireTools } from '../helpers/tools.js';
import { ROOT } from '../helpers/xf.js';

let home: Home;
beforeAll(() => {
  home = freshHome();
  expect(home.run(['case', 'import', join(ROOT, 'samples')]).code).toBe(0);
}, 300_000);
afterAll(() => home?.cleanup());

function text(form: string, caseNo: string, extra: string[] = []): string {
  const out = join(home.dir, 'out', `${form}-${caseNo}-${extra.join('')}`);
  const r = home.run(['form', form, '--case', caseNo, '--out', out, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const pdf = r.stdout.trim().split('\n').at(-1)!;
  return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
}

describe('review-stage notices', SLOW, () => {
  it('a 复查 acceptance notice is signed by the review body and names the opinion reviewed', (ctx) => {
    requireTools(ctx, 'pdftotext');
    const t = text('review_acceptance_notice', '2026-0005');
    expect(t).toContain('信访事项复查受理告知书');
    expect(t).toContain('对某市某区住房和城乡建设局作出的信访处理意见提出的复查申请');
    expect(t).toContain('自收到复查请求之日起30日内提出复查意见');
    // the signature: the review body, dated the acceptance
    expect(t).toMatch(/特此告知。某市某区人民政府2026年4月10日/);
    expect(t).not.toContain('某市某区住房和城乡建设局2026年4月10日');
  });

  it('a 复核 acceptance notice is signed by the re-review body', (ctx) => {
    requireTools(ctx, 'pdftotext');
    const t = text('rereview_acceptance_notice', '2026-0006');
    expect(t).toContain('信访事项复核受理告知书');
    expect(t).toContain('对某市某区人民政府作出的复查意见提出的复核申请');
    expect(t).toMatch(/特此告知。某市人民政府2026年5月13日/);
  });

  it('a case reviewed and re-reviewed has both notices, each signed by its own body', (ctx) => {
    requireTools(ctx, 'pdftotext');
    const t = text('review_acceptance_notice', '2026-0006');
    expect(t).toContain('信访事项复查受理告知书');
    expect(t).toContain('对某市某区退役军人事务局作出的信访处理意见提出的复查申请');
    expect(t).toMatch(/特此告知。某市某区人民政府\d{4}年\d+月\d+日/);
  });

  it('the review stage 送达回证 is signed by the review body', (ctx) => {
    requireTools(ctx, 'pdftotext');
    const t = text('service_certificate', '2026-0005', ['--service', '2']);
    expect(t).toContain('复查意见书');
    expect(t).toMatch(/某市某区人民政府2026年4月24日$/);
  });

  it('is not offered for a case without a review', () => {
    for (const f of ['review_acceptance_notice', 'rereview_acceptance_notice']) {
      const r = home.run(['form', f, '--case', '2026-0001', '--out', join(home.dir, 'none')]);
      expect(r.code, f).not.toBe(0);
    }
    expect(home.run(['form', 'rereview_acceptance_notice', '--case', '2026-0005', '--out', join(home.dir, 'none')]).code).not.toBe(0);
  });
});
