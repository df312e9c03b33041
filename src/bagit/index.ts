// BagIt 1.0 (RFC 8493) reading and writing, the dossier schema and the year bundle manifest.
//
// How the archiver files one case (inside buildDirAtomic so the bag appears whole or not at all):
//
//   await buildDirAtomic(join(bundleDir, code), (tmp) => {
//     const w = new BagWriter(tmp);                                  // sha256 + sm3, tag manifest sha256
//     const pdf = w.addPayload({ path: `pdf/${code}.pdf`, content: bytes });   // or { source: file }
//     const dossier: Dossier = { ..., items: [{ ..., files: [dossierFile(pdf, 'filed', { media_type: 'application/pdf' })] }] };
//     const problems = validateDossier(dossier);                      // refuse to seal when not empty
//     w.addPayload({ path: DOSSIER_FILE, content: JSON.stringify(dossier, null, 2) + '\n' });
//     sealed = w.seal({ sourceOrganization, baggingDate, externalIdentifier: code, bagGroupIdentifier });
//   });
//   // sealed.sealSha256 goes into the register's `archived` event; then, once per year:
//   writeYearManifest(bundleDir, { year, bundle, sourceOrganization, created, dossiers, files });
export * from './algorithms.js';
export * from './encoding.js';
export * from './tagfiles.js';
export * from './manifest.js';
export * from './hash.js';
export * from './writer.js';
export * from './reader.js';
export * from './dossier-schema.js';
export * from './dossier-types.js';
export * from './year-manifest.js';
