// The DOCX package's one zip pass. The bytes are those fflate's zipSync wrote before (DEFLATE level 6
// from fflate, a pinned pure-JS deflater, not Node's zlib, whose output changes with the Node release:
// a dossier rebuilt after an upgrade must still match its recorded seal), with every entry dated at
// the document's own date (DOS time 00:00). Most parts are the same in every document (styles,
// theme, numbering, settings, rels, often a font subset): their compressed form is kept per process,
// keyed by a digest of their bytes, so each is deflated once.
import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface Packed {
  crc: number;
  size: number;
  deflated: Uint8Array;
}

/** Compressed parts by content digest, least recently used dropped first past the budget. */
const CACHE_BUDGET = 2 * 1024 * 1024;
const cache = new Map<string, Packed>();
let cached = 0;

function pack(data: Uint8Array): Packed {
  const key = createHash('sha1').update(data).digest('base64');
  const hit = cache.get(key);
  if (hit && hit.size === data.length) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const p: Packed = { crc: crc32(data), size: data.length, deflated: deflateSync(data, { level: 6 }) };
  cache.set(key, p);
  cached += p.deflated.length;
  for (const [k, v] of cache) {
    if (cached <= CACHE_BUDGET) break;
    cache.delete(k);
    cached -= v.deflated.length;
  }
  return p;
}

function dosDate(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d;
}

/** Zip the parts in the order given, every entry DEFLATEd and dated `isoDate` 00:00. */
export function zipPackage(parts: Iterable<[string, string | Uint8Array]>, isoDate: string): Uint8Array {
  const date = dosDate(isoDate);
  const entries: { name: Buffer; p: Packed; utf8: boolean; offset: number }[] = [];
  let offset = 0;
  let cdSize = 0;
  for (const [path, data] of parts) {
    const name = Buffer.from(path, 'utf8');
    if (name.length > 65535) throw new Error(`zip entry name too long: ${path}`);
    const p = pack(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    entries.push({ name, p, utf8: name.length !== path.length, offset });
    offset += 30 + name.length + p.deflated.length;
    cdSize += 46 + name.length;
  }
  const out = Buffer.alloc(offset + cdSize + 22);
  // local headers and data, then the central directory, as fflate lays them out
  for (const e of entries) {
    let b = e.offset;
    out.writeUInt32LE(0x04034b50, b);
    out.writeUInt16LE(20, b + 4); // version needed
    out[b + 7] = e.utf8 ? 8 : 0; // general purpose flags: bit 11 (UTF-8 name)
    out.writeUInt16LE(8, b + 8); // DEFLATE
    out.writeUInt16LE(0, b + 10); // time
    out.writeUInt16LE(date, b + 12);
    out.writeUInt32LE(e.p.crc, b + 14);
    out.writeUInt32LE(e.p.deflated.length, b + 18);
    out.writeUInt32LE(e.p.size, b + 22);
    out.writeUInt16LE(e.name.length, b + 26);
    out.writeUInt16LE(0, b + 28);
    b += 30;
    e.name.copy(out, b);
    out.set(e.p.deflated, b + e.name.length);
  }
  let b = offset;
  for (const e of entries) {
    out.writeUInt32LE(0x02014b50, b);
    out[b + 4] = 20; // version made by (os byte 0)
    out.writeUInt16LE(20, b + 6);
    out[b + 9] = e.utf8 ? 8 : 0;
    out.writeUInt16LE(8, b + 10);
    out.writeUInt16LE(0, b + 12);
    out.writeUInt16LE(date, b + 14);
    out.writeUInt32LE(e.p.crc, b + 16);
    out.writeUInt32LE(e.p.deflated.length, b + 20);
    out.writeUInt32LE(e.p.size, b + 24);
    out.writeUInt16LE(e.name.length, b + 28);
    // extra, comment, disk, internal and external attributes: 0
    out.writeUInt32LE(e.offset, b + 42);
    e.name.copy(out, b + 46);
    b += 46 + e.name.length;
  }
  out.writeUInt32LE(0x06054b50, b);
  out.writeUInt16LE(entries.length, b + 8);
  out.writeUInt16LE(entries.length, b + 10);
  out.writeUInt32LE(cdSize, b + 12);
  out.writeUInt32LE(offset, b + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
