// Rules on non-acceptance, review and re-review (SPEC §4.2–4.3, §6.4, §6.6–6.7): checked by the
// lifecycle when an application, a decision or a withdrawal is recorded.
import { GROUND_STAGE, type GroundCode } from '../enums.js';
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];

export const REVIEW_RULES = {
  'V-NA-1': {
    label: { zh: '不予受理理由适用于本阶段', en: 'non-acceptance grounds fit the stage' },
    source: 'XFGZ §30, §35–36; SPEC §6.4.3',
    severity: 'error',
    applies: ['event:decline'],
    messages: {
      wrong_stage: msg('{code} 不适用于{stage}', '{code} does not apply to {stage_en}', { label: '不予受理理由' }),
      no_grounds: msg('不予受理须列明至少一个理由代码（NA01–NA15）', 'a decline needs at least one ground code (NA01–NA15)', { label: '不予受理理由' }),
      late_needs_na10: msg('申请已超过法定期限，应适用 NA10(d)', 'the application was late: NA10(d) applies', { label: '不予受理理由', severity: 'warning' }),
    },
    checks: {
      present: ({ codes }: { codes?: readonly string[] }): F =>
        Array.isArray(codes) && codes.length ? [] : [{ key: 'no_grounds', field: 'ground_codes', ...(codes === undefined ? {} : { found: codes }) }],
      grounds: ({ codes, stage, via_agent }: { codes: readonly GroundCode[]; stage: 'initial' | 'review'; via_agent: boolean }): F =>
        codes.flatMap((c, i): F => {
          const s = GROUND_STAGE[c];
          const ok = s === 'any' || s === stage || (s === 'agent' && via_agent);
          return ok
            ? []
            : [
                {
                  key: 'wrong_stage',
                  field: `ground_codes[${i}]`,
                  found: c,
                  params: { code: c, stage: stage === 'review' ? '复查/复核申请' : '初次信访', stage_en: stage === 'review' ? 'review applications' : 'first petitions' },
                },
              ];
        }),
      late: ({ late, codes }: { late: boolean; codes: readonly string[] }): F => (late && !codes.includes('NA10') ? [{ key: 'late_needs_na10', field: 'ground_codes' }] : []),
    },
  },
  'V-REV-1': {
    label: { zh: '复查（复核）申请在期限内', en: 'review application on time' },
    source: 'XFGZ §35–36; S004-规程 §9(四)',
    severity: 'warning',
    applies: ['event:request_review', 'event:request_rereview'],
    messages: {
      late: msg('申请期限已于{due}届满：应依 NA10(d) 不予受理，或记录正当理由（late_reason）', 'the window ended on {due}: decline under NA10(d) or record late_reason', { label: '收到申请日期' }),
    },
    checks: {
      window: ({ received, due, late_reason }: { received: string; due?: string; late_reason?: string }): F =>
        due && received > due && !late_reason ? [{ key: 'late', field: 'date', found: received, params: { due } }] : [],
    },
  },
  'V-REV-2': {
    label: { zh: '复查（复核）请求不超出原请求', en: 'review requests within the original ones' },
    source: 'S004-规程 §9(三)',
    severity: 'error',
    applies: ['event:request_review', 'event:request_rereview'],
    messages: {
      beyond_original: msg('超出原信访（复查）请求范围', 'goes beyond the original requests', { label: '复查（复核）请求' }),
    },
    checks: {
      requests: ({ requests, original }: { requests: readonly { seq: number }[]; original: readonly { seq: number }[] }): F =>
        requests.flatMap((r, i): F => (original.some((o) => o.seq === r.seq) ? [] : [{ key: 'beyond_original', field: `review_requests[${i}]`, found: r.seq }])),
    },
  },
  'V-REV-3': {
    label: { zh: '复核申请附具材料', en: 'materials of a re-review application' },
    source: 'S004-规程 §10(四), §11',
    severity: 'error',
    applies: ['event:request_rereview'],
    enforced: false,
    messages: {},
  },
  'SD15-45': {
    label: { zh: '撤销或变更须写明理由和期限', en: 'revoking or modifying states why and by when' },
    source: 'SD15 §45',
    severity: 'error',
    applies: ['event:decide'],
    messages: {
      no_defects: msg('撤销或变更须写明理由', 'revoking or modifying needs the defects found', { label: '撤销/变更理由' }),
      no_redo_deadline: msg('撤销并责令重作须写明期限', 'an order to redo needs a deadline', { label: '重作期限' }),
    },
    checks: {
      outcome: ({ outcome, defects, redo_deadline }: { outcome?: string; defects?: readonly unknown[]; redo_deadline?: string }): F => [
        ...(outcome && outcome !== 'uphold' && !defects?.length ? [{ key: 'no_defects', field: 'defects' }] : []),
        ...(outcome === 'revoke_and_redo' && !redo_deadline ? [{ key: 'no_redo_deadline', field: 'redo_deadline' }] : []),
      ],
    },
  },
  'XFGZ-32': {
    label: { zh: '支持的意见写明督促落实', en: 'a supporting opinion says how it is enforced' },
    source: 'XFGZ §32',
    severity: 'warning',
    applies: ['event:answer'],
    messages: {
      no_enforcement: msg('支持的处理意见应写明督促落实措施', 'a supporting opinion should say how it will be enforced', { label: '执行督促' }),
    },
    checks: {
      enforcement: ({ outcomes, enforcement_text }: { outcomes: readonly { outcome: string }[]; enforcement_text?: string }): F =>
        outcomes.some((o) => o.outcome === 'support') && !enforcement_text ? [{ key: 'no_enforcement', field: 'enforcement_text' }] : [],
    },
  },
  'XFGZ-36': {
    label: { zh: '经听证的复核意见方可公示', en: 'only a heard re-review opinion is published' },
    source: 'XFGZ §36 ¶2',
    severity: 'error',
    applies: ['event:decide'],
    messages: {
      publication_without_hearing: msg('只有经过听证的复核意见才可以向社会公示', 'only a re-review opinion after a hearing may be published', { label: '可以向社会公示' }),
    },
    checks: {
      publication: ({ stage, publication_allowed, heard }: { stage: 'review' | 'rereview'; publication_allowed?: boolean; heard: boolean }): F =>
        stage === 'rereview' && publication_allowed && !heard ? [{ key: 'publication_without_hearing', field: 'publication_allowed' }] : [],
    },
  },
  'S004-§16': {
    label: { zh: '复查（复核）不予受理告知申诉途径', en: 'a review non-acceptance states how to appeal' },
    source: 'S004-规程 §16; SPEC §6.4.2',
    severity: 'error',
    applies: ['event:decline', 'form'],
    messages: {
      no_appeal_text: msg(
        '复查/复核不予受理通知书须告知对不予受理决定的救济途径（不予受理详情 appeal_text）',
        'the review non-acceptance notice must state how to appeal the decision (appeal_text in the decline details)',
        { label: '救济告知' },
      ),
    },
    checks: {
      appeal: ({ appeal_text }: { appeal_text?: string }): F => (appeal_text ? [] : [{ key: 'no_appeal_text', field: 'appeal_text' }]),
    },
  },
  'S004-§17': {
    label: { zh: '撤回须经准许', en: 'a withdrawal needs permission' },
    source: 'S004-规程 §17',
    severity: 'error',
    applies: ['event:withdraw'],
    messages: {
      not_permitted: msg('撤回未获准许（损害公共利益或他人合法权益的不予准许）', 'the withdrawal was not permitted', { label: '准许撤回' }),
    },
    checks: {
      approval: ({ approved }: { approved?: boolean }): F => (approved === false ? [{ key: 'not_permitted', field: 'approved' }] : []),
    },
  },
} satisfies Record<string, RuleDef>;
