// Each command group registers itself here, loaded only when its command runs (a cold `xf form …`
// must not pay for the archiver's or the verifier's dependencies). One entry per group.
import type { Command } from 'commander';

export type RegisterGroup = (program: Command) => void;

export interface CommandGroup {
  /** Top-level command names the group registers. */
  names: string[];
  load: () => Promise<RegisterGroup>;
}

export const commandGroups: CommandGroup[] = [
  { names: ['init'], load: async () => (await import('./init.js')).registerInit },
  { names: ['case'], load: async () => (await import('./case.js')).registerCase },
  { names: ['deadline', 'deadlines', 'calendar'], load: async () => (await import('./deadline.js')).registerDeadline },
  { names: ['registry'], load: async () => (await import('./registry-cmd.js')).registerRegistry },
  { names: ['schema'], load: async () => (await import('./schema.js')).registerSchema },
  { names: ['demo'], load: async () => (await import('./demo.js')).registerDemo },
  { names: ['verify'], load: async () => (await import('./verify.js')).registerVerify },
  { names: ['audit'], load: async () => (await import('./audit.js')).registerAudit },
  { names: ['form'], load: async () => (await import('./form.js')).registerForm },
  { names: ['templates'], load: async () => (await import('./templates.js')).registerTemplates },
  { names: ['archive'], load: async () => (await import('./archive.js')).registerArchive },
  { names: ['ledger', 'report'], load: async () => (await import('./ledger.js')).registerLedger },
  { names: ['rules'], load: async () => (await import('./rules.js')).registerRules },
];
