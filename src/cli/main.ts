// The xf command line: commander program assembled from one module per command group.
import { Command, CommanderError } from 'commander';
import { t } from '../domain/i18n.js';
import { xfVersion } from '../archive/version.js';
import { localizeCommander } from './commander-zh.js';
import { EXIT, installTerminalGuard, reportError } from './output.js';
import { commandGroups, type RegisterGroup } from './groups.js';

/** The group a command line needs, or every group (top-level help, unknown commands). */
async function groupsFor(argv: string[]): Promise<RegisterGroup[]> {
  const first = argv.find((a) => !a.startsWith('-'));
  const named = first === 'help' ? argv.filter((a) => !a.startsWith('-'))[1] : first;
  const hit = named ? commandGroups.filter((g) => g.names.includes(named)) : [];
  return Promise.all((hit.length ? hit : commandGroups).map((g) => g.load()));
}

/** The name of the V8 code cache bin/xf keeps for this command line: its command, or `all`. */
export function cacheName(argv: string[]): string {
  const first = argv.find((a) => !a.startsWith('-'));
  return first && commandGroups.some((g) => g.names.includes(first)) ? first : 'all';
}

export function buildProgram(groups: RegisterGroup[]): Command {
  const program = new Command('xf')
    .description(t('信访工作工具：案件登记、法定期限、文书生成、立卷归档与档案校验', 'letters-and-visits toolchain: register, deadlines, forms, archiving and fixity'))
    .version(xfVersion(), '-V, --version', t('显示版本', 'show the version'))
    .showHelpAfterError(t('（用 --help 查看用法）', '(use --help for usage)'))
    .exitOverride();
  // Subcommands inherit this, so every --help and usage error speaks the user's language.
  localizeCommander(program);
  for (const register of groups) register(program);
  return program;
}

/** `xf … | head` closes the pipe early: that is the reader's choice, not an error. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      else throw e;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  installTerminalGuard();
  const program = buildProgram(await groupsFor(argv));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    return reportError(e, argv.includes('--json'));
  }
}
