// TypeScript shape of data/dossier.json, mirroring archive-schema/dossier.schema.json (the schema is
// the authority: validateDossier() checks a value of this type before a bag is sealed).
import type { PayloadRecord } from './writer.js';

export type Retention = 'Y' | 'D30' | 'D10';
export type FileRole = 'filed' | 'editable' | 'source' | 'original' | 'normalised' | 'thumbnail' | 'index' | 'backnote' | 'cover' | 'other';

export interface DossierFile {
  /** Path under data/, unencoded. */
  path: string;
  role: FileRole;
  format: { media_type: string; puid?: string; version?: string };
  size: number;
  digests: { sha256: string; sm3?: string; sha512?: string };
}

export interface DossierItem {
  seq: number;
  archival_code?: string;
  item_no?: number;
  doc_type?: string;
  doc_no?: string;
  title: string;
  creator: string;
  date: string;
  pages: number;
  page_ref?: string;
  classification: string;
  retention: Retention;
  remarks?: string;
  files: DossierFile[];
}

export interface Dossier {
  schema_version: string;
  generator: { name: string; version: string };
  case: {
    case_no: string;
    system_ref_no?: string;
    title: string;
    category: 'suggestion' | 'accusation' | 'claim';
    channel: 'online' | 'letter' | 'phone' | 'fax' | 'visit';
    received_date: string;
    registered_date: string;
    terminated_date: string;
    termination_reason?: string;
    petitioner_count?: number;
    via_agent?: boolean;
  };
  archive: {
    mode: 'item' | 'file';
    fonds_no: string;
    fonds_name?: string;
    category_code?: string;
    org_or_issue_code?: string;
    year: number;
    retention: Retention;
    archival_code: string;
    catalogue_no?: string;
    file_no?: string;
    bundle?: string;
    filing_date: string;
    filed_by?: string;
    checked_by?: string;
    order: 'conclusion_first' | 'chronological';
    item_count: number;
    page_count: number;
    complete: boolean;
    incomplete_reason?: string;
    missing?: string[];
  };
  confidentiality: {
    confidential: boolean;
    classification: string;
    reason?: 'accusation' | 'privacy' | 'trade_secret' | 'other';
    access?: 'open' | 'internal' | 'restricted';
    redacted_copies?: boolean;
  };
  items: DossierItem[];
  finding_aids?: DossierFile[];
  notes?: string;
}

/** The dossier.json entry for a payload file the BagWriter just wrote. */
export function dossierFile(rec: PayloadRecord, role: FileRole, format: DossierFile['format']): DossierFile {
  if (!rec.digests.sha256) throw new Error('dossier files need a sha256 digest: write the bag with sha256');
  return {
    path: rec.path.replace(/^data\//, ''),
    role,
    format,
    size: rec.size,
    digests: { sha256: rec.digests.sha256, ...(rec.digests.sm3 ? { sm3: rec.digests.sm3 } : {}), ...(rec.digests.sha512 ? { sha512: rec.digests.sha512 } : {}) },
  };
}
