// Each command group registers itself here; one line per group.
import type { Command } from 'commander';
import { registerInit } from './init.js';
import { registerCase } from './case.js';
import { registerDeadline } from './deadline.js';
import { registerRegistry } from './registry-cmd.js';
import { registerSchema } from './schema.js';
import { registerDemo } from './demo.js';
import { registerVerify } from './verify.js';
import { registerAudit } from './audit.js';

export type RegisterGroup = (program: Command) => void;

export const commandGroups: RegisterGroup[] = [
  registerInit,
  registerCase,
  registerDeadline,
  registerRegistry,
  registerSchema,
  registerDemo,
  registerVerify,
  registerAudit,
];
