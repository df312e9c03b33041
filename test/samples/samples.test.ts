// The samples read the same in any YAML reader (issue 14): every phone and ID number is quoted, so
// a standard reader does not turn 370102196203150025 into 370102196203150000; and a case file with
// such a bare number is read exactly by xf but warned about (V-INPUT-2 unquoted_number).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseStructuredText } from '../../src/domain/case-file.js';
import { ROOT } from '../helpers/xf.js';

const SAMPLES = join(ROOT, 'samples');
const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.yaml'));

/** Every number a plain YAML 1.2 reader finds, with its path. */
function numbers(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => numbers(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, path ? `${path}.${k}` : k));
  return [];
}

describe('samples/ read alike in every YAML reader', () => {
  it.each(files)('%s: no phone or ID number is read as a number, and xf warns about nothing', (f) => {
    const text = readFileSync(join(SAMPLES, f), 'utf8');
    const plain = numbers(parse(text));
    expect(plain.filter(([p, n]) => /phone|id_doc_no|_no$/.test(p) || n >= 1e10)).toEqual([]);
    expect(parseStructuredText(text, f).warnings ?? []).toEqual([]);
  });

  it('a bare 18-digit ID or phone number is kept exact by xf and warned about; quoted, nothing is said', () => {
    const bare = 'petitioners:\n  - name: 张三\n    id_doc_no: 370102196203150025\n    phone: 13905310001\ncount: 12\n';
    expect((parse(bare) as { petitioners: { id_doc_no: number }[] }).petitioners[0]!.id_doc_no).toBe(370102196203150000); // what others read
    const r = parseStructuredText(bare, 'case.yaml');
    expect((r.value as { petitioners: { id_doc_no: string; phone: string }[] }).petitioners[0]).toMatchObject({ id_doc_no: '370102196203150025', phone: '13905310001' });
    expect(r.warnings!.map((w) => [w.rule, w.severity, w.field])).toEqual([
      ['V-INPUT-2', 'warning', 'id_doc_no'],
      ['V-INPUT-2', 'warning', 'phone'],
    ]);
    expect(r.warnings![0]!.message).toContain('"370102196203150025"');
    expect(parseStructuredText(bare.replace(/: (\d{11,})/g, ': "$1"'), 'case.yaml').warnings).toBeUndefined();
  });
});
