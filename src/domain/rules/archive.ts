// Rules on filing a closed case (SPEC §7, §10 V-ARC-*).
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];

export const ARCHIVE_RULES = {
  'V-ARC-1': {
    label: { zh: '归档材料齐全', en: 'archive checklist complete' },
    source: 'S001; S000 篇5; SPEC §7.1',
    severity: 'error',
    applies: ['archive', 'event:archive'],
    messages: {
      missing: msg('缺少{what}', 'missing {what_en}'),
    },
    checks: {
      /** `missing`: the checklist entries without their document (src/archive/checklist.ts finds them). */
      checklist: ({ missing }: { missing: readonly { entry: string; zh: string; en: string }[] }): F =>
        missing.map((m) => ({ key: 'missing', field: `checklist.${m.entry}`, params: { what: m.zh, what_en: m.en } })),
    },
  },
  'V-ARC-2': {
    label: { zh: '档号格式', en: 'archival code format' },
    source: 'DAT22/GB9705 ◐C; SPEC §7.3',
    severity: 'error',
    applies: ['archive'],
    enforced: false,
    messages: {},
  },
  'V-ARC-3': {
    label: { zh: '保管期限取值', en: 'retention period value' },
    source: 'NAA8 ◐C; SPEC §7.7',
    severity: 'error',
    applies: ['archive'],
    enforced: false,
    messages: {},
  },
} satisfies Record<string, RuleDef>;
