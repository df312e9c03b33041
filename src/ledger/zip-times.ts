// Zip writers stamp every entry with the wall clock. To make a workbook's bytes depend only on its
// data, set every entry's DOS date and time (local header and central directory) to one fixed day.
// Only those fields change; CRCs and sizes do not cover them.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

function dosStamp(isoDate: string): { date: number; time: number } {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return { date: ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d, time: 0 };
}

export function fixZipTimes(path: string, isoDate: string): void {
  const { date, time } = dosStamp(isoDate);
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailLen = Math.min(size, 65557);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new Error(`${path}: not a zip file (no end of central directory)`);
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const local = Buffer.alloc(4);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    let p = 0;
    for (let k = 0; k < entries; k++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${k}`);
      cd.writeUInt16LE(time, p + 12);
      cd.writeUInt16LE(date, p + 14);
      const localOffset = cd.readUInt32LE(p + 42);
      readSync(fd, local, 0, 4, localOffset);
      if (local.readUInt32LE(0) !== 0x04034b50) throw new Error(`${path}: bad local header ${k}`);
      writeSync(fd, stamp, 0, 4, localOffset + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    writeSync(fd, cd, 0, cdSize, cdOffset);
  } finally {
    closeSync(fd);
  }
}

/** The same, on a zip held in memory (the report workbook). Returns the buffer, changed in place. */
export function fixZipTimesInBuffer(buf: Buffer, isoDate: string): Buffer {
  const { date, time } = dosStamp(isoDate);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < entries; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${k}`);
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header ${k}`);
    buf.writeUInt16LE(time, local + 10);
    buf.writeUInt16LE(date, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
