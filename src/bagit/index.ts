// BagIt 1.0 (RFC 8493) reading and writing, the dossier schema and the year bundle manifest.
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
