// Confidential cases in the archive (SPEC §7.8; V-CASE-4: accusations always): the petitioner's
// identity never appears in what is meant for distribution — titles, lists, covers, dossier.json,
// bag-info, the year bundle. The filed documents themselves keep it: they are the restricted archival
// originals. The policy and its helpers live in the domain (src/domain/disclosure.ts): one copy.
export {
  MASK,
  isConfidential,
  confidentialReason,
  maskedPetitioner,
  identityStrings,
  caseTitle,
  scrub,
  type ConfidentialReason,
} from '../domain/disclosure.js';
