// What each file of a dossier is, for dossier.json: IANA media type and, where known, the PRONOM id.
// Files we write are declared by what we write; files received are identified from their first
// bytes (the few formats an attachment may have), with the ids fido/DROID (PRONOM v116) give them.
import { closeSync, openSync, readSync } from 'node:fs';

export interface FileFormat {
  media_type: string;
  puid?: string;
  version?: string;
}

const BY_EXT: Record<string, FileFormat> = {
  pdf: { media_type: 'application/pdf', puid: 'fmt/276', version: '1.7' },
  docx: { media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', puid: 'fmt/412' },
  xlsx: { media_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', puid: 'fmt/214' },
  json: { media_type: 'application/json', puid: 'fmt/817' },
  // the archival JPEG: JFIF 1.01 APP0 written by images.ts withJfif
  jpg: { media_type: 'image/jpeg', puid: 'fmt/43', version: '1.01' },
  jpeg: { media_type: 'image/jpeg' },
  png: { media_type: 'image/png' },
  tif: { media_type: 'image/tiff', puid: 'fmt/353' },
  tiff: { media_type: 'image/tiff', puid: 'fmt/353' },
};

/** The format of a file we wrote (jpg = our archival JFIF) or received (by extension; unknown → octet-stream). */
export function formatOf(ext: string, received = false, head?: Uint8Array): FileFormat {
  const e = ext.toLowerCase();
  if (received) {
    const f = BY_EXT[e];
    const base: FileFormat = f ? { media_type: f.media_type } : { media_type: 'application/octet-stream' };
    const id = head ? identify(head) : undefined;
    return id ?? base;
  }
  return BY_EXT[e] ?? { media_type: 'application/octet-stream' };
}

/**
 * A PDF we wrote, as it is: PDF/A-1b (fmt/354) when its XMP says pdfaid part 1 conformance B, else
 * the version its header gives. (fido finds fmt/354 only when the XMP falls inside its search window.)
 */
export function pdfFormat(bytes: Uint8Array): FileFormat {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (/pdfaid:part(?:>|=["'])1\b/.test(text) && /pdfaid:conformance(?:>|=["'])B\b/.test(text)) return { media_type: 'application/pdf', puid: 'fmt/354', version: '1b' };
  return identify(bytes.subarray(0, 16)) ?? { media_type: 'application/pdf' };
}

/** The first 64 KiB of a file (enough for the JPEG APP segments, the PNG chunks before IDAT, a PDF header). */
export function readHead(path: string, n = 64 << 10): Uint8Array {
  const buf = Buffer.alloc(n);
  const fd = openSync(path, 'r');
  try {
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

const EXIF_PUID: Record<string, [string, string]> = {
  '0200': ['x-fmt/398', '2.0'],
  '0210': ['x-fmt/390', '2.1'],
  '0220': ['x-fmt/391', '2.2'],
  '0221': ['fmt/645', '2.21'],
  '0230': ['fmt/1507', '2.3.x'],
  '0231': ['fmt/1507', '2.3.x'],
  '0232': ['fmt/1507', '2.3.x'],
};

/** A received file's format from its bytes; undefined when it is none of the formats known here. */
export function identify(b: Uint8Array): FileFormat | undefined {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) {
    const jpeg = { media_type: 'image/jpeg' };
    if (buf[3] === 0xe0 && buf.subarray(6, 11).toString('latin1') === 'JFIF\0') {
      const v = `${buf[11]}.${String(buf[12]).padStart(2, '0')}`;
      const puid = { '1.00': 'fmt/42', '1.01': 'fmt/43', '1.02': 'fmt/44' }[v];
      return puid ? { ...jpeg, puid, version: v } : jpeg;
    }
    if (buf[3] === 0xe1 && buf.subarray(6, 12).toString('latin1') === 'Exif\0\0') {
      const len = buf.readUInt16BE(4);
      const app1 = buf.subarray(12, 4 + len);
      const le = app1[0] === 0x49;
      // ExifVersion: tag 0x9000, type UNDEFINED (7), count 4, the four ASCII digits inline
      const tag = le ? Buffer.from([0x00, 0x90, 0x07, 0x00, 0x04, 0x00, 0x00, 0x00]) : Buffer.from([0x90, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x04]);
      const at = app1.indexOf(tag);
      const ver = at >= 0 ? app1.subarray(at + 8, at + 12).toString('latin1') : undefined;
      const hit = ver ? EXIF_PUID[ver] : undefined;
      return hit ? { ...jpeg, puid: hit[0], version: hit[1] } : jpeg;
    }
    return { ...jpeg, puid: 'fmt/41' }; // a raw JPEG stream
  }
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    // PNG 1.0, 1.1 (iCCP, sRGB, sPLT) or 1.2 (iTXt), as DROID tells them apart: by the chunks present
    const types = new Set<string>();
    for (let p = 8; p + 8 <= buf.length; ) {
      const n = buf.readUInt32BE(p);
      const type = buf.subarray(p + 4, p + 8).toString('latin1');
      types.add(type);
      if (type === 'IDAT' || type === 'IEND') break;
      p += 12 + n;
    }
    const [puid, version] = types.has('iTXt') ? ['fmt/13', '1.2'] : types.has('iCCP') || types.has('sRGB') || types.has('sPLT') ? ['fmt/12', '1.1'] : ['fmt/11', '1.0'];
    return { media_type: 'image/png', puid, version };
  }
  const tiff = buf.subarray(0, 4).toString('latin1');
  if (tiff === 'II*\0' || tiff === 'MM\0*') return { media_type: 'image/tiff', puid: 'fmt/353' };
  const pdf = /^%PDF-1\.([0-7])/.exec(buf.subarray(0, 16).toString('latin1'));
  if (pdf) {
    const v = Number(pdf[1]);
    return { media_type: 'application/pdf', puid: ['fmt/14', 'fmt/15', 'fmt/16', 'fmt/17', 'fmt/18', 'fmt/19', 'fmt/20', 'fmt/276'][v]!, version: `1.${v}` };
  }
  return undefined;
}
