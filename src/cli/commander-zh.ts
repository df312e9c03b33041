// Commander's own words — help headings, "(default: …)", its parse errors — in the user's language.
// Help goes through configureHelp (styleTitle, optionDescription, argumentDescription); errors through
// configureOutput.outputError, which receives commander's fixed English sentences (command.js, commander 14)
// before anything is written. Subcommands inherit both settings, so this is applied once, before they exist.
import { type Argument, type Command, Help, type Option } from 'commander';
import { lang, t } from '../domain/i18n.js';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

type Extra = { choices?: readonly string[]; fallback?: unknown; fallbackText?: string; preset?: unknown; env?: string };

/** "(default: …)" and its kin, in commander's order; Chinese brackets and separators. */
function withExtra(description: string, x: Extra): string {
  const parts: string[] = [];
  if (x.choices) parts.push(`可选值：${x.choices.map((c) => JSON.stringify(c)).join('、')}`);
  if (x.fallback !== undefined) parts.push(`默认：${x.fallbackText || JSON.stringify(x.fallback)}`);
  if (x.preset !== undefined) parts.push(`不带值时：${JSON.stringify(x.preset)}`);
  if (x.env !== undefined) parts.push(`环境变量：${x.env}`);
  return parts.length ? `${description}（${parts.join('；')}）` : description;
}

// A Han character or full-width sign takes two terminal columns; commander counts one. Chinese breaks
// between any two characters, never before a closing sign nor after an opening one.
const WIDE = '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6';
const WIDE_RE = new RegExp(`[${WIDE}]`, 'g');
const OPEN = '（「『《【“‘';
const CLOSE = '，。、；：？！）」』》】”’…';
const CHUNK = new RegExp(`\\s*[${OPEN}]*(?:[${WIDE}]|[^\\s${WIDE}]+)[${CLOSE}]*`, 'g');

/** Help overrides for Chinese (English keeps commander's own wording). */
function zhHelp(): Partial<Help> {
  return {
    styleTitle: (s: string) => TITLES[s] ?? s,
    displayWidth(str: string): number {
      return Help.prototype.displayWidth.call(this, str) + (str.match(WIDE_RE)?.length ?? 0);
    },
    // commander's boxWrap (help.js) with Chinese break opportunities instead of spaces only
    boxWrap(this: Help, str: string, width: number): string {
      if (width < this.minWidthToWrap) return str;
      const out: string[] = [];
      for (const line of str.split(/\r\n|\n/)) {
        let cur = '';
        for (const chunk of line.match(CHUNK) ?? []) {
          if (cur && this.displayWidth(cur + chunk) > width) {
            out.push(cur);
            cur = chunk.trimStart();
          } else cur += chunk;
        }
        out.push(cur);
      }
      return out.join('\n');
    },
    optionDescription(option: Option): string {
      // the same cases commander shows (help.js optionDescription): a boolean flag's default only when it is a boolean
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      return withExtra(option.description, {
        choices: option.argChoices,
        fallback: showDefault ? option.defaultValue : undefined,
        fallbackText: option.defaultValueDescription,
        preset: option.optional ? option.presetArg : undefined,
        env: option.envVar,
      });
    },
    argumentDescription(argument: Argument): string {
      return withExtra(argument.description, { choices: argument.argChoices, fallback: argument.defaultValue, fallbackText: argument.defaultValueDescription });
    },
  };
}

const q = (s: string) => `「${s}」`;
/** `option '--x <v>'` / `environment variable 'X'` inside the conflicting-option message. */
const who = (s: string) => s.replace(/^option '(.*)'$/, (_, f: string) => `选项${q(f)}`).replace(/^environment variable '(.*)'$/, (_, e: string) => `环境变量${q(e)}`);

/** Commander's error sentences (lib/command.js, lib/option.js, lib/suggestSimilar.js) and their Chinese. */
const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [/^error: missing required argument '(.*)'$/, (a) => `错误：缺少必需的参数${q(a!)}`],
  [/^error: option '(.*)' argument missing$/, (f) => `错误：选项${q(f!)}缺少取值`],
  [/^error: required option '(.*)' not specified$/, (f) => `错误：必须给出选项${q(f!)}`],
  [/^error: unknown option '(.*)'$/, (f) => `错误：未知选项${q(f!)}`],
  [/^error: unknown command '(.*)'$/, (c) => `错误：未知命令${q(c!)}`],
  [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, n, m) => `错误：${c ? `命令${q(c)}的` : ''}参数过多：应为 ${n} 个，实际 ${m} 个`],
  [/^error: (option '.*'|environment variable '.*') cannot be used with (option '.*'|environment variable '.*')$/, (a, b) => `错误：${who(a!)}不能与${who(b!)}同时使用`],
  [/^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/, (f, v, why) => `错误：选项${q(f!)}的取值${q(v!)}无效。${why!.trim()}`],
  [/^error: option '(.*)' value '(.*)' from env '(.*)' is invalid\.(.*)$/, (f, v, e, why) => `错误：环境变量${q(e!)}给选项${q(f!)}的取值${q(v!)}无效。${why!.trim()}`],
  [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(.*)$/, (v, a, why) => `错误：参数${q(a!)}的取值${q(v!)}无效。${why!.trim()}`],
  [/^error: (.*)$/, (rest) => `错误：${rest}`],
];
const DETAILS: [RegExp, (...m: string[]) => string][] = [
  [/Allowed choices are (.*)\.$/, (list) => `可选值：${list!.split(', ').join('、')}。`],
  [/^\(Did you mean one of (.*)\?\)$/, (list) => `（是否要输入 ${list!.split(', ').join('、')}？）`],
  [/^\(Did you mean (.*)\?\)$/, (s) => `（是否要输入 ${s}？）`],
];

function rewrite(line: string, table: [RegExp, (...m: string[]) => string][]): string {
  for (const [re, zh] of table) {
    const m = re.exec(line);
    if (m) return line.slice(0, m.index) + zh(...m.slice(1)) + line.slice(m.index + m[0].length);
  }
  return line;
}

/** One of commander's error messages (first line the sentence, then an optional suggestion line) in Chinese. */
export function commanderErrorZh(message: string): string {
  return message
    .split('\n')
    .map((line, i) => rewrite(i === 0 ? rewrite(line, ERRORS) : line, DETAILS))
    .join('\n');
}

/** Set up `program` (before its subcommands are added) so commander speaks the current language. */
export function localizeCommander(program: Command): Command {
  program.helpOption('-h, --help', t('显示帮助', 'show help')).helpCommand('help [command]', t('显示某个命令的帮助', 'show help for a command'));
  if (lang() === 'en') return program.configureHelp({ sortSubcommands: false });
  return program.configureHelp({ sortSubcommands: false, ...zhHelp() }).configureOutput({ outputError: (str, write) => write(commanderErrorZh(str)) });
}
