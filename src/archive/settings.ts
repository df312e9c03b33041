// The archive settings of an office (xf.config.json "archive" plus 全宗号 and name), with defaults.
import type { OfficeConfig } from '../domain/config.js';

export type FilingMode = 'item' | 'file';
export type FilingOrder = 'conclusion_first' | 'chronological';

export interface ArchiveSettings {
  mode: FilingMode;
  order: FilingOrder;
  fondsNo: string;
  /** 全宗名称: the filing organ's full name (GB/T 9705 3.1.2: never "本…"). */
  fondsName: string;
  categoryCode: string;
  orgCode?: string;
}

export function archiveSettings(config: OfficeConfig, override: { mode?: FilingMode; order?: FilingOrder } = {}): ArchiveSettings {
  const a = config.archive;
  return {
    mode: override.mode ?? a?.mode ?? 'item',
    order: override.order ?? a?.order ?? 'conclusion_first',
    fondsNo: config.fonds_no,
    fondsName: config.office_name,
    categoryCode: a?.category_code ?? 'WS',
    ...(a?.org_or_issue_code ? { orgCode: a.org_or_issue_code } : {}),
  };
}
