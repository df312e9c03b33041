// Each command group registers itself here; one line per group.
import type { Command } from 'commander';

export type RegisterGroup = (program: Command) => void;

export const commandGroups: RegisterGroup[] = [];
