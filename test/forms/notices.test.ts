// Each notice right for its case (issue 13, SPEC §4.1, §4.3, §6): the 终结告知书 per reason and the
// "不再受理" clause only where a rule pack binds it; the 导入法定程序告知书; stage notices signed by the
// review body; the 不予受理告知书's legal basis and appeal clause; any hearing, any service; the 四联单
// over its life; the review bodies from xf init. Rendered through the CLI and read back from the PDF.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { openRegistry } from '../../src/registry/open.js';
import { DEMO_PACKS, freshHome, type Home } from '../helpers/home.js';
import { inspectPdf, SAMPLES, squash } from './helpers.js';

let home: Home; // the demo's rule packs (national + shandong_2015 + local)
let national: Home; // national_2022 only
beforeAll(() => {
  home = freshHome();
  national = freshHome('national_2022');
});
afterAll(() => {
  home.cleanup();
  national.cleanup();
});

type Case = Record<string, any>;
const load = (sample: string): Case => {
  const c = parse(readFileSync(join(SAMPLES, sample), 'utf8'), { intAsBigInt: true }) as Case;
  delete c.$schema;
  return c;
};

function run(h: Home, form: string, sample: string, edit?: (c: Case) => void, extra: string[] = []) {
  const c = load(sample);
  edit?.(c);
  const file = join(h.dir, `${form}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(c));
  const out = join(h.dir, 'out', Math.random().toString(36).slice(2));
  const r = h.run(['form', form, '--file', file, '--pdf', '--out', out, ...extra]);
  const pdf = join(out, `${c.case_no}-${form}.pdf`);
  return { ...r, text: r.code === 0 && existsSync(pdf) ? squash(inspectPdf(readFileSync(pdf)).text) : '' };
}
function render(h: Home, form: string, sample: string, edit?: (c: Case) => void, extra: string[] = []): string {
  const r = run(h, form, sample, edit, extra);
  expect(r.code, r.stderr).toBe(0);
  return r.text;
}

describe('the 终结告知书 per termination reason', () => {
  it("不予受理: the ground and the decline's 文号, no 不再受理 clause", () => {
    const s = render(home, 'termination_notice', '02-letter-declined.yaml');
    expect(s).toContain('决定不予受理（某信不受字〔2026〕2号）');
    expect(s).toContain('综合行政执法局');
    expect(s).not.toContain('不再受理');
  });

  it('导入法定程序: names the route and the competent body, no 不再受理 clause', () => {
    const s = render(home, 'termination_notice', '13-routed-arbitration.yaml');
    expect(s).toContain('导入仲裁程序（某人社信导字〔2026〕5号）');
    expect(s).toContain('劳动人事争议仲裁委员会');
    expect(s).not.toContain('不再受理');
  });

  it('复核送达: XFGZ §36 ¶3 under every pack set', () => {
    for (const h of [home, national]) {
      const s = render(h, 'termination_notice', '06-rereview-hearing.yaml');
      expect(s).toContain('复核意见（某市政复核字〔2026〕4号）并送达');
      expect(s).toContain('依照《信访工作条例》第三十六条第三款的规定，信访人对复核意见不服，仍以同一事实和理由提出投诉请求的');
    }
  });

  it('复查期限届满: no clause nationally; shandong_2015 extends it citing its own article', () => {
    const nat = render(national, 'termination_notice', '01-letter-answered.yaml');
    expect(nat).toContain('未在规定期限内申请复查');
    expect(nat).not.toContain('不再受理');
    const sd = render(home, 'termination_notice', '01-letter-answered.yaml');
    expect(sd).toContain('依照《山东省信访条例》第四十六条的规定');
    expect(sd).toContain('不再受理');
    expect(sd).not.toContain('《信访工作条例》第三十六条');
  });
});

describe('the 导入法定程序告知书 (route_legal)', () => {
  it('names the route and the competent body', () => {
    const s = render(home, 'legal_route_notice', '13-routed-arbitration.yaml');
    expect(s).toContain('导入法定程序告知书');
    expect(s).toContain('某人社信导字〔2026〕5号');
    expect(s).toContain('依法应当通过仲裁途径解决');
    expect(s).toContain('向某市某区劳动人事争议仲裁委员会');
  });

  it('is not reachable for a case that was not routed', () => {
    const r = run(home, 'legal_route_notice', '02-letter-declined.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('routing');
  });
});

/** 05 up to the 复查 application, then the review body declines it. */
const reviewDeclined = (details: Record<string, unknown>) => (c: Case) => {
  const i = c.history.findIndex((h: Case) => h.event === 'request_review');
  c.history = [...c.history.slice(0, i + 1), { event: 'decline', date: '2026-04-10', details }];
};

describe('复查 stage notices are signed by the review body', () => {
  it('the 复查申请不予受理通知书 is signed by the 复查机关, not the original organ, and carries its appeal clause', () => {
    const s = render(
      home,
      'non_acceptance_notice',
      '05-review-upheld.yaml',
      reviewDeclined({
        ground_codes: ['NA12'],
        doc_no: '某区政复不受字〔2026〕1号',
        legal_basis: [{ instrument: '《山东省信访事项复查复核办法》', article: '第十五条' }],
        appeal_text: '可以自收到本通知书之日起30日内向某市人民政府提出申诉',
      }),
    );
    expect(s).toContain('信访事项复查申请不予受理通知书');
    expect(s).toContain('如对本不予受理决定不服，可以自收到本通知书之日起30日内向某市人民政府提出申诉');
    expect(s).toMatch(/特此告知。某市某区人民政府2026年4月10日/);
    expect(s).not.toContain('住房和城乡建设局2026年4月10日');
  });

  it('a review-stage decline without its appeal clause is an error (S004-§16), not a warning', () => {
    const r = run(home, 'non_acceptance_notice', '05-review-upheld.yaml', reviewDeclined({ ground_codes: ['NA12'], legal_basis: [{ instrument: '某办法', article: '第十五条' }] }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误 S004-§16/);
  });

  it('the 送达回证 of the 复核意见书 is signed by the 复核机关; --service N prints an earlier service', () => {
    const last = render(home, 'service_certificate', '06-rereview-hearing.yaml');
    expect(last).toContain('某市政复核字〔2026〕4号');
    const first = render(home, 'service_certificate', '06-rereview-hearing.yaml', undefined, ['--service', '1']);
    expect(first).toContain('某退役信复字〔2026〕3号');
    expect(first).toContain('某市某区退役军人事务局');
    const bad = run(home, 'service_certificate', '06-rereview-hearing.yaml', undefined, ['--service', '9']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--service 9：本案共有\d次送达/);
  });
});

describe("the 不予受理告知书's legal basis", () => {
  it('is filled from the ground catalogue when the decline gives none', () => {
    const s = render(home, 'non_acceptance_notice', '02-letter-declined.yaml', (c) => {
      delete c.history[0].details.legal_basis;
    });
    expect(s).toContain('根据《信访工作条例》第二十三条第一款的规定，本机关决定不予受理');
  });

  it('a ground the catalogue has no basis for needs one typed in: an error naming the field (V-DOC-10)', () => {
    const r = run(home, 'non_acceptance_notice', '02-letter-declined.yaml', (c) => {
      delete c.history[0].details.legal_basis;
      c.history[0].details.ground_codes = ['NA13'];
      delete c.history[0].details.ground_text;
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误 V-DOC-10 progress\.non_acceptance\.legal_basis/);
  });
});

describe('hearing forms print any hearing', () => {
  it('--hearing N picks the hearing; the 复核 hearing is signed by the 复核机关; a number the case lacks is refused', () => {
    const s = render(home, 'hearing_notice', '06-rereview-hearing.yaml', undefined, ['--hearing', '1']);
    expect(s).toContain('听证');
    expect(s).toMatch(/某市人民政府2026年\d+月\d+日/);
    const bad = run(home, 'hearing_notice', '06-rereview-hearing.yaml', undefined, ['--hearing', '2']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--hearing 2：本案共有1次听证');
    const wrong = run(home, 'acceptance_notice', '06-rereview-hearing.yaml', undefined, ['--hearing', '1']);
    expect(wrong.code).not.toBe(0);
  });
});

describe('the 四联单 over its life, and the review bodies from xf init', () => {
  it('feedback from the answer and its service; --void needs a reason and is recorded; a new serial after a void', () => {
    // a plain `xf init`: the review bodies are placeholders until set
    const h = freshHome();
    try {
      expect(h.run(['init', '--force', '--rule-packs', DEMO_PACKS]).code).toBe(0);
      const cfg = JSON.parse(readFileSync(join(h.dir, 'xf.config.json'), 'utf8'));
      expect(cfg.review_org_address).toBe('（待填写）');
      expect(h.run(['case', 'import', SAMPLES]).code).toBe(0);
      const out = join(h.dir, 'out');
      const op = h.run(['form', 'handling_opinion', '--case', '2026-0001', '--out', out]);
      expect(op.code).toBe(1);
      expect(op.stderr).toContain('xf.config.json:review_org_address');
      expect(op.stderr).toContain('V-DOC-3');

      // the slip: the feedback half from the answer and the serve event when the slip records none
      const noReason = h.run(['form', 'proxy_contact_slip', '--case', '2026-0003', '--void', '--out', out]);
      expect(noReason.code).toBe(64);
      expect(noReason.stderr).toContain('--void-reason');
      expect(h.run(['form', 'proxy_contact_slip', '--case', '2026-0003', '--void', '--void-reason', '代理员信息填错', '--out', out]).code).toBe(0);
      const voided = squash(inspectPdf(readFileSync(join(out, '2026-0003-proxy_contact_slip.pdf'))).text);
      expect(voided).toContain('作废');
      const again = h.run(['form', 'proxy_contact_slip', '--case', '2026-0003', '--reissue', '--out', out]);
      expect(again.code, again.stderr).toBe(0);
      const fresh = squash(inspectPdf(readFileSync(join(out, '2026-0003-proxy_contact_slip.pdf'))).text);
      expect(fresh).toContain('XX-LXD-2026-000002');
      expect(fresh).not.toContain('XX-LXD-2026-000001');
      expect(h.run(['form', 'proxy_contact_slip', '--case', '2026-0003', '--reissue', '--out', out]).code).toBe(1); // live slip: void it first
      const reg = openRegistry(h.dir);
      try {
        const issues = reg.serialIssues('LXD').filter((s) => s.case_no === '2026-0003');
        expect(issues.map((s) => [s.serial, s.voided, s.void_reason])).toEqual([
          ['XX-LXD-2026-000001', true, '代理员信息填错'],
          ['XX-LXD-2026-000002', false, null],
        ]);
        expect(reg.getCase('2026-0003').slip_no).toBe('XX-LXD-2026-000002');
      } finally {
        reg.close();
      }

      // init with the review bodies: the opinion prints them
      expect(
        h.run([
          'init',
          '--force',
          '--rule-packs',
          DEMO_PACKS,
          '--review-org',
          '某市人民政府',
          '--review-address',
          '某市府前路8号',
          '--rereview-org',
          '某省人民政府信访局',
          '--rereview-address',
          '某省政务大道1号',
        ]).code,
      ).toBe(0);
      const ok = h.run(['form', 'handling_opinion', '--case', '2026-0001', '--out', out]);
      expect(ok.code, ok.stderr).toBe(0);
    } finally {
      h.cleanup();
    }
  });

  it('the feedback half fills from the answer and the serve event', () => {
    const s = render(home, 'proxy_contact_slip', '03-agent-proxy-fengcheng.yaml', (c) => {
      c.contact_slip.slip_no = 'XX-LXD-2026-000009';
      for (const k of ['handling_basis', 'handling_result', 'petitioner_reply_date', 'petitioner_reply_method', 'satisfaction', 'agent_feedback_date']) delete c.contact_slip?.[k];
      const sv = c.history.find((h: Case) => h.event === 'serve');
      sv.details.satisfaction = 'satisfied';
    });
    expect(s).toContain('处理依据：《信访工作条例》第三十二条');
    expect(s).toMatch(/处理结果：第1项予以支持；第2项予以支持/);
    expect(s).toContain('经代理员送达');
    expect(s).toContain('■满意');
  });
});
