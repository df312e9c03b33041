// Seeing a confidential case's identities from the CLI (SPEC §7.8): `--include-confidential` needs
// `--requested-by`, and each time is logged — in the export log and the hash-chained history —
// before anything is printed, and said on stderr.
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { Registry } from '../registry/registry.js';

export interface DisclosureOpts {
  includeConfidential?: boolean;
  requestedBy?: string;
}

/** Did the user ask to see identities (and say who asked)? */
export function disclosureWanted(o: DisclosureOpts): boolean {
  if (!o.includeConfidential) return false;
  if (!o.requestedBy?.trim())
    throw new XfError('USAGE', t('--include-confidential 须同时以 --requested-by 写明申请人（记录在登记簿）', '--include-confidential needs --requested-by (it is logged in the register)'));
  return true;
}

/** Log one disclosure of `caseNos` by `command`; nothing is logged for an empty list. */
export function logDisclosure(reg: Registry, command: string, scope: string, requestedBy: string, caseNos: readonly string[]): void {
  if (!caseNos.length) return;
  const id = reg.logDisclosure({ command, scope, requestedBy, caseNos });
  process.stderr.write(
    t(
      `xf: 已显示保密件信访人信息（${caseNos.length} 件）；本次查看（第 ${id} 号）已记录，申请人 ${requestedBy}\n`,
      `xf: confidential identities shown (${caseNos.length} case(s)); disclosure #${id} logged, requested by ${requestedBy}\n`,
    ),
  );
}
