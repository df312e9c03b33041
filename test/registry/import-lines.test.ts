// JSON Lines are read in 1 MiB chunks: a Chinese character cut by a chunk boundary must arrive whole
// (it once became U+FFFD, found when 24 of 10,000 benchmark cases could not render their forms), and
// bytes that are not UTF-8 must stop the import with their place instead of entering the register.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from '../../src/registry/import.js';
import { XfError } from '../../src/domain/errors.js';

const MiB = 1 << 20;

describe('readLines', () => {
  it('joins a character split across two chunks, at every offset of its three bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-lines-'));
    for (const shift of [0, 1, 2]) {
      const head = 'a'.repeat(MiB - 1 - shift); // 信 (3 bytes) starts 1, 2 or 3 bytes before the boundary
      const p = join(dir, `s${shift}.jsonl`);
      writeFileSync(p, `${head}信访\n第二行\n`);
      const lines = [...readLines(p)];
      expect(lines.map((l) => l.length)).toEqual([head.length + 2, 3]);
      expect(lines[0]!.endsWith('信访')).toBe(true);
      expect(lines.join('')).not.toContain('\uFFFD');
    }
  });

  it('stops at bytes that are not UTF-8, naming the file and the place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-lines-'));
    const p = join(dir, 'gbk.jsonl');
    writeFileSync(p, Buffer.concat([Buffer.from('{"case_no":"2026-0001"}\n'), Buffer.from([0xd0, 0xc5, 0xb7, 0xc3]), Buffer.from('\n')])); // 信访 in GBK
    let err: unknown;
    try {
      [...readLines(p)];
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XfError);
    expect((err as XfError).message).toContain('不是有效的 UTF-8');
    expect((err as XfError).message).toContain(p);
  });
});
