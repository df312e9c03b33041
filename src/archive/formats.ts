// What each file of a dossier is, for dossier.json: IANA media type and, where known, the PRONOM id.
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
  jpg: { media_type: 'image/jpeg', puid: 'fmt/43', version: '1.01' },
  jpeg: { media_type: 'image/jpeg' },
  png: { media_type: 'image/png' },
  tif: { media_type: 'image/tiff', puid: 'fmt/353' },
  tiff: { media_type: 'image/tiff', puid: 'fmt/353' },
};

/** The format of a file we wrote (jpg = our archival JFIF) or received (by extension; unknown → octet-stream). */
export function formatOf(ext: string, received = false): FileFormat {
  const e = ext.toLowerCase();
  if (received) {
    // a received file's version is unknown: no PRONOM id we cannot vouch for
    const f = BY_EXT[e];
    return f ? { media_type: f.media_type } : { media_type: 'application/octet-stream' };
  }
  return BY_EXT[e] ?? { media_type: 'application/octet-stream' };
}
