// V-DOC-2's recipient check as a table (issue 11): a recipient is refused when it is the respondent —
// the same normalised identity, or one name contains the other — and allowed when it merely shares
// an ancestor with them (the respondent's parent unit, a sibling under that parent, the bare area).
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case.js';
import { matchRespondent, respondentKeys } from '../../src/domain/disclosure.js';
import { check } from '../../src/domain/rules/index.js';

type Resp = Pick<CaseRecord, 'respondent' | 'respondent_detail'>;

const STRUCTURED: Resp = {
  respondent: '鹍城街道办事处副主任欧阳喆',
  respondent_detail: { person: '欧阳喆', title: '副主任', unit: '鹍城街道办事处', parent_unit: '某区人民政府' },
};
/** The unit written under its parent, the parent known. */
const FULL_UNIT: Resp = { respondent_detail: { person: '钱贪官', unit: '某区人民政府水务局', parent_unit: '某区人民政府' } };
/** Only the legacy string: 单位+职务+姓名, no parent known. */
const LEGACY: Resp = { respondent: '某区水务局副局长钱贪官' };

// [respondent, recipient, the respondent name it matches, or null when allowed]
const TABLE: [string, Resp, string, string | null][] = [
  // the accused unit and person, however written
  ['structured', STRUCTURED, '鹍城街道办事处', '鹍城街道办事处'],
  ['structured', STRUCTURED, '鹍城 街道办事处（欧阳喆同志）', '欧阳喆'],
  ['structured', STRUCTURED, '某区水务局（欧阳喆 副主任）', '欧阳喆'],
  ['structured', STRUCTURED, '欧阳喆', '欧阳喆'],
  ['structured', STRUCTURED, '欧阳喆副主任', '欧阳喆'],
  ['structured', STRUCTURED, '【鹍城街道办事处】', '鹍城街道办事处'],
  ['structured', STRUCTURED, '鹍城街道办事处　党工委书记', '鹍城街道办事处'],
  ['structured', STRUCTURED, '鹍城街道', '鹍城街道办事处'], // a short form of the unit
  ['structured', STRUCTURED, '某区人民政府鹍城街道办事处', '鹍城街道办事处'], // the unit under its parent
  ['structured', STRUCTURED, '鹍城街道办事处纪工委', '鹍城街道办事处'], // inside the accused unit (unless configured as the discipline body)
  // sharing an ancestor is not being the respondent
  ['structured', STRUCTURED, '某区人民政府', null], // the parent itself
  ['structured', STRUCTURED, '某区人民政府办公室', null], // a sibling under the parent
  ['structured', STRUCTURED, '某区人民政府水务局', null],
  ['structured', STRUCTURED, '某区水务局', null],
  ['structured', STRUCTURED, '区水务局', null],
  ['structured', STRUCTURED, '某区', null],
  ['structured', STRUCTURED, '某区纪委监委', null],
  ['structured', STRUCTURED, '某区信访局', null],
  ['structured', STRUCTURED, '某区长安街道办事处', null], // 区长 inside a name is not a title
  ['structured', STRUCTURED, '某市民政局', null],
  // the unit given with its parent's name
  ['full unit', FULL_UNIT, '某区人民政府水务局', '某区人民政府水务局'],
  ['full unit', FULL_UNIT, '水务局', '某区人民政府水务局'],
  ['full unit', FULL_UNIT, '某区水务局（钱贪官同志）', '钱贪官'],
  ['full unit', FULL_UNIT, '某区人民政府', null],
  ['full unit', FULL_UNIT, '某区人民政府办公室', null],
  ['full unit', FULL_UNIT, '某区民政局', null],
  // only the legacy string
  ['legacy', LEGACY, '某区水务局', '某区水务局'],
  ['legacy', LEGACY, '某区水 务局（钱贪官同志）', '钱贪官'],
  ['legacy', LEGACY, '水务局局长', '某区水务局'],
  ['legacy', LEGACY, '区水务局', '某区水务局'],
  ['legacy', LEGACY, '钱贪官', '钱贪官'],
  ['legacy', LEGACY, 'ＸＸ单位 钱贪官 同志', '钱贪官'],
  ['legacy', LEGACY, '某区', null],
  ['legacy', LEGACY, '某区人民政府', null],
  ['legacy', LEGACY, '某区民政局', null],
  ['legacy', LEGACY, '某市水利局', null],
];

describe('V-DOC-2: refused and allowed recipients', () => {
  it.each(TABLE.map(([label, resp, recipient, match]) => ({ label, resp, recipient, match: match ?? 'allowed' })))('$label respondent, recipient $recipient → $match', ({ resp, recipient, match }) => {
    expect(matchRespondent(recipient, respondentKeys(resp)) ?? 'allowed').toBe(match);
  });

  it('the rule refuses with its id, the field and the matching name; a configured discipline body passes', () => {
    const keys = respondentKeys(STRUCTURED);
    const recipients = [
      { field: 'progress.transfer.target_org', name: '鹍城街道办事处纪工委' },
      { field: 'progress.handling_opinion.copy_to[0]', name: '某区人民政府办公室' },
      { field: 'progress.services[0].addressee', name: '欧阳喆同志' },
    ];
    const found = check('V-DOC-2', 'recipients', { confidential: true, respondent: keys, recipients });
    expect(found.map((v) => [v.rule, v.field, v.severity])).toEqual([
      ['V-DOC-2', 'progress.transfer.target_org', 'error'],
      ['V-DOC-2', 'progress.services[0].addressee', 'error'],
    ]);
    expect(found[0]!.message).toContain('「鹍城街道办事处」');
    expect(found[1]!.message).toContain('「欧阳喆」');
    const routed = check('V-DOC-2', 'recipients', { confidential: true, respondent: keys, recipients, discipline_bodies: ['鹍城街道办事处纪工委'] });
    expect(routed.map((v) => v.field)).toEqual(['progress.services[0].addressee']);
    // a case that is not confidential is not checked
    expect(check('V-DOC-2', 'recipients', { confidential: false, respondent: keys, recipients })).toEqual([]);
  });
});
