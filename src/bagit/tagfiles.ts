// bagit.txt and bag-info.txt (RFC 8493 §2.1.1, §2.2.2): writing them deterministically and reading
// them strictly enough to name what is wrong.

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** Ordered label/value pairs: labels may repeat and their order is kept. */
export type TagEntries = [label: string, value: string][];

export function formatTagFile(entries: TagEntries): string {
  let out = '';
  for (const [label, value] of entries) {
    if (!/^[^:\s][^:\r\n]*$/.test(label)) throw new Error(`bad bag-info label: ${JSON.stringify(label)}`);
    // A value spanning lines continues on lines indented by whitespace (RFC 8493 §2.2.2).
    const lines = String(value).split(/\r\n|\r|\n/);
    out += `${label}: ${lines[0]}\n`;
    for (const more of lines.slice(1)) out += `  ${more}\n`;
  }
  return out;
}

export interface ParsedTagFile {
  entries: TagEntries;
  problems: string[];
}

export function parseTagFile(text: string): ParsedTagFile {
  const entries: TagEntries = [];
  const problems: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) problems.push('starts with a byte-order mark');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    if (/^[ \t]/.test(line)) {
      const last = entries.at(-1);
      if (last) last[1] += '\n' + line.trim();
      else problems.push(`line ${i + 1}: continuation line before any label`);
      return;
    }
    const m = /^([^:]+):[ \t]*(.*)$/.exec(line);
    if (!m) {
      problems.push(`line ${i + 1}: not "Label: value"`);
      return;
    }
    entries.push([m[1]!.trim(), m[2]!]);
  });
  return { entries, problems };
}

export function tagValue(entries: TagEntries, label: string): string | undefined {
  const lower = label.toLowerCase();
  return entries.find(([l]) => l.toLowerCase() === lower)?.[1];
}

/** Problems with bagit.txt; empty when it is a valid BagIt 1.0 declaration (0.97 is accepted too). */
export function checkBagitTxt(text: string): string[] {
  const { entries, problems } = parseTagFile(text);
  const version = tagValue(entries, 'BagIt-Version');
  const enc = tagValue(entries, 'Tag-File-Character-Encoding');
  if (!version) problems.push('BagIt-Version is missing');
  else if (!/^\d+\.\d+$/.test(version)) problems.push(`BagIt-Version "${version}" is not M.N`);
  if (!enc) problems.push('Tag-File-Character-Encoding is missing');
  else if (enc.toUpperCase() !== 'UTF-8') problems.push(`Tag-File-Character-Encoding is "${enc}", only UTF-8 is read`);
  if (entries.length > 2) problems.push('more than the two required lines');
  return problems;
}

/** Payload-Oxum "octets.streams" (RFC 8493 §2.2.2). */
export function formatOxum(bytes: number, files: number): string {
  return `${bytes}.${files}`;
}
export function parseOxum(s: string): { bytes: number; files: number } | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(s.trim());
  return m ? { bytes: Number(m[1]), files: Number(m[2]) } : undefined;
}
