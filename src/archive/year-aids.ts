// The year bundle's finding aids and manifest: the year's 归档文件目录 (item mode, one row per 件 = case)
// or 案卷目录 (file mode), sorted by 档号, as one XLSX and as PDF volumes; then year-manifest.json over
// every dossier in the bundle. Built dossier by dossier from the bags on disk (each dossier.json read
// and dropped), in a hidden folder swapped in whole, so a crash leaves the previous set intact.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { finished } from 'node:stream/promises';
import { hashBytes, parseTagFile, tagValue, writeYearManifest, YEAR_MANIFEST } from '../bagit/index.js';
import { renderAid } from './aid-render.js';
import type { Archiver } from './archiver.js';
import { bundleBags, swapInto, sweepStale, syncDir } from './bundle-dir.js';
import { RETENTION_ZH, type Retention } from './retention.js';
import { ListWorkbook, loadExcel, type ListColumn } from './xlsx.js';
import { collectGarbage } from './memory.js';

/** Rows per printed volume: a volume renders in bounded memory whatever the year's size. */
export const VOLUME_ROWS = 250;
export const INDEX_DIR = 'index';

export interface YearAids {
  dossiers: number;
  files: string[];
  manifest_sha256: string;
  created: string;
}

interface DossierSummary {
  archive: { archival_code: string; retention: Retention; page_count: number; filing_date: string; file_no?: string; complete: boolean };
  case: { title: string; case_no: string };
  confidentiality: { classification: string; confidential: boolean };
  items: { doc_no?: string; creator: string; date: string }[];
}

type Row = Record<string, string | number>;

function rowOf(mode: string, seq: number, d: DossierSummary): Row {
  const first = d.items[0];
  const dates = d.items.map((i) => i.date).sort();
  const remarks = [d.archive.complete ? '' : '不完整归档', d.confidentiality.confidential ? '保密' : ''].filter(Boolean).join('；');
  return {
    seq,
    archival_code: d.archive.archival_code,
    doc_no: d.items.find((i) => i.doc_no)?.doc_no ?? '',
    creator: first?.creator ?? '',
    // a title the archivist composed is bracketed (DA/T 22)
    title: mode === 'file' ? d.case.title : `[${d.case.title}]`,
    date8: (first?.date ?? d.archive.filing_date).replace(/-/g, ''),
    date_range: `${dates[0]?.replace(/-/g, '') ?? ''}-${dates[dates.length - 1]?.replace(/-/g, '') ?? ''}`,
    classification: d.confidentiality.classification,
    pages: d.archive.page_count,
    retention_zh: RETENTION_ZH[d.archive.retention],
    file_no: d.archive.file_no ?? '',
    remarks,
  };
}

const ITEM_COLUMNS: ListColumn[] = [
  { header: '序号', key: 'seq', width: 7 },
  { header: '档号', key: 'archival_code', width: 28 },
  { header: '文号', key: 'doc_no', width: 22 },
  { header: '责任者', key: 'creator', width: 24 },
  { header: '题名', key: 'title', width: 50 },
  { header: '日期', key: 'date8', width: 11 },
  { header: '密级', key: 'classification', width: 7 },
  { header: '页数', key: 'pages', width: 6 },
  { header: '备注', key: 'remarks', width: 14 },
];
const FILE_COLUMNS: ListColumn[] = [
  { header: '案卷号', key: 'file_no', width: 8 },
  { header: '档号', key: 'archival_code', width: 18 },
  { header: '案卷题名', key: 'title', width: 56 },
  { header: '起止日期', key: 'date_range', width: 19 },
  { header: '页数', key: 'pages', width: 6 },
  { header: '保管期限', key: 'retention_zh', width: 9 },
  { header: '备注', key: 'remarks', width: 14 },
];

export async function writeYearFindingAids(archiver: Archiver, year: number, onProgress?: (done: number, total: number) => void): Promise<YearAids | undefined> {
  const dir = archiver.bundleDir(year);
  sweepStale(dir);
  const bags = bundleBags(dir);
  if (!bags.length) return undefined;
  const mode = archiver.settings.mode;
  const title = mode === 'file' ? '案卷目录' : '归档文件目录';
  const volumes = Math.ceil(bags.length / VOLUME_ROWS);
  // the latest filing date of the year's dossiers: a date from the cases, so reruns give the same bytes
  let created = `${year}-01-01`;
  const entries: { archivalCode: string; path: string; payloadOxum: string }[] = [];

  const tmp = join(dir, `.xf-tmp-${INDEX_DIR}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(tmp);
  try {
    const xlsxName = `${archiver.bundleOf(year)}-${title}.xlsx`;
    const xlsxStream = createWriteStream(join(tmp, xlsxName));
    const files: string[] = [`${INDEX_DIR}/${xlsxName}`];
    let volumeRows: Row[] = [];
    let volume = 0;
    const flush = async () => {
      if (!volumeRows.length) return;
      volume++;
      const name = `${archiver.bundleOf(year)}-${title}-${String(volume).padStart(3, '0')}.pdf`;
      const { pdf } = await renderAid(archiver.engine, 'archive_index', {
        mode,
        title,
        fonds_name: archiver.settings.fondsName,
        year,
        bundle: archiver.bundleOf(year),
        volume,
        volumes,
        first_seq: volumeRows[0]!.seq,
        last_seq: volumeRows[volumeRows.length - 1]!.seq,
        date_iso: created,
        rows: volumeRows,
      });
      writeFileSync(join(tmp, name), pdf);
      files.push(`${INDEX_DIR}/${name}`);
      volumeRows = [];
      collectGarbage();
    };
    // pass 1 reads every bag-info (small) for the manifest and the latest date; pass 2 streams rows
    for (const name of bags) {
      const entries0 = parseTagFile(readFileSync(join(dir, name, 'bag-info.txt'), 'utf8')).entries;
      const date = tagValue(entries0, 'Bagging-Date') ?? created;
      if (date > created) created = date;
      entries.push({ archivalCode: tagValue(entries0, 'External-Identifier') ?? name, path: name, payloadOxum: tagValue(entries0, 'Payload-Oxum') ?? '' });
    }
    await loadExcel();
    const wb = new ListWorkbook(
      { stream: xlsxStream },
      {
        sheetName: title,
        title,
        subtitle: [`全宗名称：${archiver.settings.fondsName}　　年度：${year}　　共 ${bags.length} 条`],
        columns: mode === 'file' ? FILE_COLUMNS : ITEM_COLUMNS,
        date: created,
      },
    );
    let seq = 0;
    for (const name of bags) {
      const d = JSON.parse(readFileSync(join(dir, name, 'data', 'dossier.json'), 'utf8')) as DossierSummary;
      const row = rowOf(mode, ++seq, d);
      wb.addRow(row);
      volumeRows.push(row);
      if (volumeRows.length === VOLUME_ROWS) await flush();
      onProgress?.(seq, bags.length);
    }
    await flush();
    await wb.finish();
    await finished(xlsxStream);
    const target = join(dir, INDEX_DIR);
    if (existsSync(target)) swapInto(tmp, target);
    else renameSync(tmp, target);
    syncDir(dir);
    writeYearManifest(dir, {
      year,
      bundle: archiver.bundleOf(year),
      sourceOrganization: archiver.settings.fondsName,
      created,
      dossiers: entries,
      files: files.sort(),
    });
    const sha = hashBytes(readFileSync(join(dir, YEAR_MANIFEST)), ['sha256']).sha256!;
    return { dossiers: bags.length, files, manifest_sha256: sha, created };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
