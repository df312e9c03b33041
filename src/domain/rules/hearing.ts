// Rules on hearings (SPEC §6.8, §10 V-HEAR-*): checked when a hearing is decided and concluded,
// and before its notice, minutes and report print.
import type { CaseProgress } from '../case-schema.js';
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];
type Hearing = NonNullable<CaseProgress['hearings']>[number];

export const HEARING_RULES = {
  'V-HEAR-1': {
    label: { zh: '听证主持人、记录员与参加人', en: 'hearing chair, recorder and participants' },
    source: '◐C; SD15 §39',
    severity: 'error',
    applies: ['event:hearing', 'event:hearing_end', 'form'],
    messages: {
      chair_investigator: msg('主持人不得由本案调查人员担任', 'the chair may not be one of the case investigators', { label: '主持人' }),
      no_recorder: msg('须指定记录员', 'a recorder is required', { label: '记录员' }),
      no_petitioner: msg('须有信访人或委托代理人到场', 'the petitioner or an agent must attend', { label: '到场参加人' }),
      no_org_rep: msg('须有承办单位代表到场', 'a representative of the handling organ must attend', { label: '到场参加人' }),
    },
    checks: {
      /**
       * `complete` = the hearing's documents are being printed: the recorder and the roles must be
       * set by then. When the lifecycle records the decision or the end, only the chair is checked.
       */
      hearing: ({ hearing: h, complete }: { hearing: Partial<Hearing>; complete: boolean }): F => {
        const out: F = [];
        if (h.chair && (h.investigators ?? []).includes(h.chair)) out.push({ key: 'chair_investigator', field: 'chair', found: h.chair });
        if (!complete) return out;
        if (!h.recorder) out.push({ key: 'no_recorder', field: 'recorder' });
        if (h.attendees) {
          const roles = new Set(h.attendees.map((a) => a.role));
          if (!roles.has('petitioner') && !roles.has('agent')) out.push({ key: 'no_petitioner', field: 'attendees' });
          if (!roles.has('handling_org_rep')) out.push({ key: 'no_org_rep', field: 'attendees' });
        }
        return out;
      },
    },
  },
  'V-HEAR-2': {
    label: { zh: '不宜听证的事项', en: 'matters not for a hearing' },
    source: 'GX-TZ ◐C',
    severity: 'warning',
    applies: ['event:hearing', 'form'],
    messages: {
      confidential_matter: msg('涉及隐私、商业秘密或保密事项的，一般不举行听证', 'hearings are not held on confidential matters', { label: '听证' }),
      public_hearing: msg('保密案件不宜公开听证', 'a confidential case should not have a public hearing', { label: '公开听证' }),
    },
    checks: {
      decision: ({ category, confidentiality_requested }: { category: string; confidentiality_requested?: boolean }): F =>
        category === 'accusation' || confidentiality_requested ? [{ key: 'confidential_matter', field: 'hearing' }] : [],
      publicity: ({ hearing, confidential }: { hearing?: Partial<Hearing>; confidential?: boolean }): F => (hearing?.public && confidential ? [{ key: 'public_hearing', field: 'public' }] : []),
    },
  },
} satisfies Record<string, RuleDef>;
