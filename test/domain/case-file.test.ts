import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCaseFile, parseCaseFile, parseStructuredText } from '../../src/domain/case-file.js';
import { XfError, type Violation } from '../../src/domain/errors.js';
import { makeResidentId, residentIdProblem } from '../../src/domain/idcard.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { ROOT } from '../helpers/xf.js';

const national = resolveRulePack(['national_2022']).limits;
const sd = resolveRulePack(['national_2022', 'shandong_2015', 's000_fengcheng_proxy']).limits;
const sampleText = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8');
const sample = (): Record<string, unknown> => {
  const { history: _h, ...rest } = parseStructuredText(sampleText, 's.yaml').value as Record<string, unknown>;
  return structuredClone(rest);
};

function violations(value: unknown, limits = national): Violation[] {
  try {
    checkCaseFile(value, 'test.yaml', limits);
    return [];
  } catch (e) {
    if (e instanceof XfError) return e.violations;
    throw e;
  }
}
const rules = (v: Violation[]) => v.filter((x) => x.severity === 'error').map((x) => `${x.rule}:${x.field}`);

describe('GB 11643 resident ID check', () => {
  it('accepts every generated number and rejects any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1920-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (d, seq, pos, delta) => {
          const id = makeResidentId('370102', d.toISOString().slice(0, 10), seq);
          expect(residentIdProblem(id)).toBeUndefined();
          const bad = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
          expect(residentIdProblem(bad)).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });
  it('names the problem', () => {
    expect(residentIdProblem('12345')).toBe('format');
    expect(residentIdProblem(makeResidentId('370102', '1990-01-01', 1).replace('19900101', '19901301'))).not.toBeUndefined();
  });
});

describe('case file checks', () => {
  it('a correct sample passes and keeps numbers-as-text exact', () => {
    const r = parseCaseFile(sampleText, '01.yaml', national);
    expect(r.file.petitioners[0]!.id_doc_no).toBe('370102196203150025');
    expect(r.file.handler?.handler_phone).toBe('0531-86001234');
    expect(r.file.confidential).toBe(false);
  });

  it('lists every violation at once, with field, Chinese label, rule and value', () => {
    const c = sample() as Record<string, any>;
    c.registered_date = '2026-01-01'; // before received (V-CASE-2)
    c.petitioners[0].id_doc_no = '370102196203150024'; // wrong check digit (V-ID-1)
    c.category = 'accusation';
    c.confidential = false; // V-CASE-4
    c.channel = 'carrier-pigeon'; // schema enum
    const v = violations(c);
    expect(rules(v)).toEqual(expect.arrayContaining(['SCHEMA:channel']));
    // Structural errors come first; fix them and the rule errors all show together.
    c.channel = 'letter';
    const v2 = violations(c);
    expect(rules(v2)).toEqual(expect.arrayContaining(['V-CASE-2:registered_date', 'V-ID-1:petitioners[0].id_doc_no', 'V-CASE-4:confidential']));
    const id = v2.find((x) => x.rule === 'V-ID-1')!;
    expect(id.label).toBe('有效证件号码');
    expect(id.found).toBe('370102196203150024');
    expect(id.message).toMatch(/GB 11643/);
  });

  it('V-CASE-3: more than five petitioners elect one to five representatives', () => {
    const c = sample() as Record<string, any>;
    c.petitioner_count = 7;
    expect(rules(violations(c))).toContain('V-CASE-3:representatives');
    c.representatives = [{ name: '甲' }, { name: '乙' }];
    expect(rules(violations(c))).not.toContain('V-CASE-3:representatives');
    c.representatives = Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}` }));
    expect(rules(violations(c))).toContain('V-CASE-3:representatives');
    c.petitioner_count = 5;
    c.representatives = undefined;
    delete c.representatives;
    expect(rules(violations(c))).not.toContain('V-CASE-3:representatives'); // exactly 5: no duty (不含5人)
  });

  it('V-CASE-4: an accusation is forced confidential', () => {
    const c = sample() as Record<string, any>;
    c.category = 'accusation';
    delete c.claim_route;
    delete c.confidential;
    const r = checkCaseFile(c, 'a.yaml', national);
    expect(r.file.confidential).toBe(true);
  });

  it('V-AG-1/2/3/4/6: agents per principal, accompanying persons, authorization, no fees, signature', () => {
    const c = sample() as Record<string, any>;
    c.via_agent = true;
    const agent = (n: string) => ({ agent_name: n, agent_id_doc_type: 'resident_id', agent_id_doc_no: makeResidentId('370102', '1980-01-01', 3), agent_post: '某街道代理站', agent_conflict: false });
    c.agents = [agent('张一'), agent('张二'), agent('张三')];
    expect(rules(violations(c, sd))).toEqual(expect.arrayContaining(['V-AG-1:agents', 'V-AG-3:authorization']));
    c.agents = [agent('张一')];
    c.authorization = {
      authorization_no: 'SQ-1',
      proxy_matter: '供暖整改',
      proxy_powers: ['track'],
      proxy_term_from: '2026-01-01',
      until_case_terminated: true,
      free_of_charge_statement: false,
      signed_date: '2026-01-01',
      accompanying_persons: Array.from({ length: 5 }, (_, i) => ({ name: `跟访${i}` })),
    };
    c.proxy_request = {
      request_form_no: 'WTD-1',
      request_date: '2026-01-01',
      prior_petitions: [],
      legal_route_flag: 'none',
      other_branch_flag: false,
      accusation_flag: false,
      agent_screening_opinion: { decision: 'within_scope' },
      petitioner_signed: false,
    };
    expect(rules(violations(c, sd))).toEqual(
      expect.arrayContaining([
        'V-AG-3:authorization.proxy_powers',
        'V-AG-4:authorization.free_of_charge_statement',
        'V-AG-2:authorization.accompanying_persons',
        'V-AG-3:authorization.no_parallel_petition_pledge',
        'V-AG-6:proxy_request.petitioner_signed',
      ]),
    );
    c.authorization.agent_fee = 200;
    expect(rules(violations(c, sd))).toContain('V-AG-4:authorization.agent_fee');
  });

  it('generated malformed files are all answered with named errors, never a crash', () => {
    const base = sample();
    const paths: string[][] = [];
    const walk = (o: unknown, p: string[]) => {
      if (o && typeof o === 'object')
        for (const [k, v] of Object.entries(o)) {
          paths.push([...p, k]);
          walk(v, [...p, k]);
        }
    };
    walk(base, []);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
      fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: fc.oneof(fc.anything(), fc.string(), fc.constant('2026-02-30'), fc.constant(''), fc.integer()) }),
      fc.record({ kind: fc.constant('add' as const), path: fc.constantFrom([], ['petitioners', '0'], ['handler']), key: fc.string({ minLength: 1, maxLength: 8 }), value: fc.anything() }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
        const c = structuredClone(base) as Record<string, any>;
        for (const m of muts) {
          const keys = m.kind === 'add' ? [...m.path, m.key] : m.path;
          let o: any = c;
          for (const k of keys.slice(0, -1)) {
            if (o == null || typeof o !== 'object') return;
            o = o[k];
          }
          if (o == null || typeof o !== 'object') return;
          const last = keys[keys.length - 1]!;
          if (m.kind === 'delete') delete o[last];
          else o[last] = m.value;
        }
        try {
          checkCaseFile(c, 'gen.yaml', national);
        } catch (e) {
          expect(e).toBeInstanceOf(XfError);
          const err = e as XfError;
          expect(err.code).toBe('VALIDATION');
          expect(err.violations.length).toBeGreaterThan(0);
          for (const v of err.violations) {
            expect(v.rule).toMatch(/^(SCHEMA|SYNTAX|V-[A-Z]+-\d+)$/);
            expect(v.field.length).toBeGreaterThan(0);
            expect(typeof v.message).toBe('string');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('syntax errors name the line', () => {
    try {
      parseCaseFile('channel: letter\n  bad: [\n', 'x.yaml', national);
      expect.unreachable();
    } catch (e) {
      expect((e as XfError).violations.map((v) => v.message).join()).toMatch(/第 \d+ 行|line \d+/);
    }
  });
});
