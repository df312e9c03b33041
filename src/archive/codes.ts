// 档号 (archival reference codes), SPEC §7.3. Item mode follows DA/T 22-2015:
// 全宗号-门类代码·年度-保管期限-机构（问题）代码-件号, e.g. X001-WS·2026-D30-XFB-0001; file mode follows
// GB/T 9705-2008: 全宗号-目录号-案卷号, e.g. X001-2026-0001. A case is one 件 (item mode) or one 案卷
// (file mode): its documents are the 件内/卷内 files, ordered within it.
import type { Retention } from './retention.js';

/** SPEC §7.3 validation regex (V-ARC-2). */
export const ITEM_CODE_RE = /^[A-Z0-9]{4}-[A-Z]{2}(?:·[A-Z0-9]{2})?·\d{4}-(?:Y|D30|D10)(?:-[A-Z0-9]{3})?-\d{4}$/;
/** File mode: 全宗号-目录号-案卷号 (目录号 = the year, 案卷号 4 digits). */
export const FILE_CODE_RE = /^[A-Z0-9]{4}-\d{4}-\d{4}$/;

/** 件号/案卷号 print as 4 digits in a 档号: 9999 per class and year. */
export const MAX_SERIAL = 9999;

export interface ItemCodeParts {
  fondsNo: string;
  categoryCode: string;
  year: number;
  retention: Retention;
  orgCode?: string;
  itemNo: number;
}

export function itemArchivalCode(p: ItemCodeParts): string {
  const org = p.orgCode ? `-${p.orgCode}` : '';
  return `${p.fondsNo}-${p.categoryCode}·${p.year}-${p.retention}${org}-${pad4(p.itemNo)}`;
}

export interface FileCodeParts {
  fondsNo: string;
  catalogueNo: string;
  fileNo: number;
}

export function fileArchivalCode(p: FileCodeParts): string {
  return `${p.fondsNo}-${p.catalogueNo}-${pad4(p.fileNo)}`;
}

/** The year bundle (Bag-Group-Identifier), e.g. X001-WS·2026. */
export function bundleId(fondsNo: string, categoryCode: string, year: number): string {
  return `${fondsNo}-${categoryCode}·${year}`;
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** The numbering class a serial runs in: 件号 start at 1 within 全宗·门类·年度·保管期限·机构 (DA/T 22). */
export function itemSerialKind(categoryCode: string, retention: Retention, orgCode?: string): string {
  return `DA-${categoryCode}-${retention}${orgCode ? `-${orgCode}` : ''}`;
}

/** 案卷号 run within one 目录 (one per year). */
export const FILE_SERIAL_KIND = 'AJ';
