// QR codes for the optional verification mark (case number + digest). The encoder is
// qrcode-generator (MIT, no dependencies); the renderers draw its module matrix themselves.
import qrcode from 'qrcode-generator';
import { deflateSync, crc32 } from 'node:zlib';

/** The dark/light module matrix for `data` (UTF-8, byte mode, error correction M). */
export function qrMatrix(data: string): boolean[][] {
  const q = qrcode(0, 'M');
  // byte mode reads char codes & 0xff: hand it the UTF-8 bytes as a binary string
  q.addData(Buffer.from(data, 'utf8').toString('latin1'), 'Byte');
  q.make();
  const n = q.getModuleCount();
  const m: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(q.isDark(r, c));
    m.push(row);
  }
  return m;
}

/** A 1-bit greyscale PNG of the QR code with a 4-module quiet zone (for DOCX). */
export function qrPng(data: string, scale = 8): Uint8Array {
  const m = qrMatrix(data);
  const n = (m.length + 8) * scale;
  const stride = Math.ceil(n / 8);
  const raw = Buffer.alloc((stride + 1) * n, 0);
  for (let y = 0; y < n; y++) {
    const r = Math.floor(y / scale) - 4;
    for (let x = 0; x < n; x++) {
      const c = Math.floor(x / scale) - 4;
      const dark = r >= 0 && c >= 0 && r < m.length && c < m.length && m[r]![c];
      if (!dark) raw[y * (stride + 1) + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return png(n, n, 1, 0, raw);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** Minimal deterministic PNG writer: `raw` already holds filter bytes. */
export function png(width: number, height: number, bitDepth: number, colorType: number, raw: Buffer): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = colorType;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
