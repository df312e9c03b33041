// Every PDF an archive files is PDF/A-1b (GB/T 23286.1 = ISO 19005-1), as Apache PDFBox Preflight
// judges it: the forms with their 归档章 (item mode) or volume page numbers (file mode), the wrapped
// scans, 卷内文件目录, 备考表, 案卷封面 and the year's 归档文件目录. Plus what Preflight does not check:
// the XMP says what the dossier says, and the trailer /ID is the file's own digest.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Home } from '../helpers/home.js';
import { failures, preflight, preflightMissing } from '../helpers/preflight.js';
import { bags, BUNDLE, readDossier, samplesHome } from './helpers.js';

const missing = preflightMissing();
let home: Home;

function pdfsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...pdfsUnder(p));
    else if (e.name.endsWith('.pdf')) out.push(p);
  }
  return out.sort();
}

beforeAll(() => {
  home = samplesHome();
  // item mode for 2026 (归档章 on every filed PDF, scans of the letters), file mode for 2025
  for (const args of [
    ['archive', 'year', '2026', '--json'],
    ['archive', 'year', '2025', '--mode', 'file', '--json'],
  ]) {
    const r = home.run(args);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  }
}, 600_000);

afterAll(() => home?.cleanup());

describe('PDF/A-1b archival copies', () => {
  it.skipIf(!!missing)(
    `Preflight finds no fault in any archived PDF${missing ? ` (skipped: ${missing})` : ''}`,
    () => {
      const files = pdfsUnder(join(home.dir, 'archive'));
      // what a demo archive holds: forms, scans and aids of 10 dossiers, and the year lists
      expect(files.length).toBeGreaterThan(80);
      const kinds = new Set(files.map((f) => f.split('/data/')[1]?.split('/')[0] ?? 'year-index'));
      expect([...kinds].sort()).toEqual(['index', 'pdf', 'year-index']);
      expect(files.some((f) => f.endsWith('cover.pdf'))).toBe(true);
      const results = preflight(files);
      expect(failures(results)).toEqual([]);
      expect(results.filter((r) => r.valid)).toHaveLength(files.length);
    },
    600_000,
  );

  it('the XMP packet carries the dossier: title, 档号, dates from the documents, part 1 conformance B', () => {
    const bundle = join(home.dir, 'archive', BUNDLE);
    const bag = join(bundle, bags(bundle)[0]!);
    const d = readDossier(bag);
    const item = d.items[0]!;
    const pdf = readFileSync(join(bag, 'data', item.files.find((f) => f.role === 'filed')!.path)).toString('latin1');
    const xmp = Buffer.from(/<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/.exec(pdf)![0], 'latin1').toString('utf8');
    expect(xmp).toContain('<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain(`<dc:identifier>${d.archive.archival_code}</dc:identifier>`);
    expect(xmp).toContain(`<xfda:archivalCode>${d.archive.archival_code}</xfda:archivalCode>`);
    expect(xmp).toContain(`<xfda:retentionPeriod>${d.archive.retention}</xfda:retentionPeriod>`);
    expect(xmp).toContain(`<xfda:securityClassification>${d.confidentiality.classification}</xfda:securityClassification>`);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">`);
    const date = (readDossier(bag).items[0] as unknown as { date: string }).date;
    expect(xmp).toContain(`<xmp:CreateDate>${date}T00:00:00Z</xmp:CreateDate>`);
    expect(pdf).toContain(`/CreationDate (D:${date.replace(/-/g, '')}000000Z)`);
    expect(pdf.startsWith('%PDF-1.4\n%')).toBe(true);
    expect(pdf).toMatch(/\/OutputIntents \[ \d+ 0 R \]/);
    expect(pdf).toContain('/S /GTS_PDFA1');
  });

  it('the trailer /ID is the first half of the SHA-256 of the file with the ID zeroed: same content, same bytes', () => {
    const files = pdfsUnder(join(home.dir, 'archive'));
    for (const f of files.filter((_, i) => i % 10 === 0)) {
      const bytes = readFileSync(f);
      const s = bytes.toString('latin1');
      const m = /\/ID \[ <([0-9A-F]{32})> <([0-9A-F]{32})> \]/.exec(s);
      expect(m, f).not.toBeNull();
      expect(m![1]).toBe(m![2]);
      const zeroed = Buffer.from(s.split(`<${m![1]}>`).join(`<${'0'.repeat(32)}>`), 'latin1');
      expect(zeroed.length).toBe(statSync(f).size);
      expect(createHash('sha256').update(zeroed).digest('hex').slice(0, 32).toUpperCase(), f).toBe(m![1]);
    }
  });
});
