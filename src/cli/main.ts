// The xf command line: commander program assembled from one module per command group.
import { Command, CommanderError } from 'commander';
import { t } from '../domain/i18n.js';
import { EXIT, reportError } from './output.js';
import { commandGroups } from './groups.js';

export function buildProgram(): Command {
  const program = new Command('xf')
    .description(t('信访工作工具：案件登记、法定期限、文书生成、立卷归档与档案校验', 'letters-and-visits toolchain: register, deadlines, forms, archiving and fixity'))
    .version('0.1.0', '-V, --version', t('显示版本', 'show the version'))
    .helpOption('-h, --help', t('显示帮助', 'show help'))
    .helpCommand('help [command]', t('显示某个命令的帮助', 'show help for a command'))
    .showHelpAfterError(t('（用 --help 查看用法）', '(use --help for usage)'))
    .exitOverride();
  program.configureHelp({ sortSubcommands: false });
  for (const register of commandGroups) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
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
