// Commander's own strings (help headings, "(default: …)", usage errors) speak Chinese by default and
// English with XF_LANG=en; --version is package.json's. Run through bin/xf, as a user would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commanderErrorZh } from '../../src/cli/commander-zh.js';
import { ROOT, xf } from '../helpers/xf.js';

const en = { env: { XF_LANG: 'en' } };

describe('xf --version', () => {
  it('prints the version package.json carries, in either language', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const r of [xf(['--version']), xf(['-V'], en)]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
});

describe('help', () => {
  it('speaks Chinese by default: headings, defaults, the help option and command', () => {
    const r = xf(['deadline', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法： xf deadline/);
    expect(r.stdout).toContain('选项：');
    expect(r.stdout.replace(/\s+/g, '')).toContain('（默认："calendar"）'); // the wrap may fall inside it
    expect(r.stdout).toMatch(/-h, --help +显示帮助/);
    expect(r.stdout).not.toMatch(/Usage:|Options:|\(default:|display help/);
    const group = xf(['case', '--help']).stdout;
    expect(group).toContain('命令：');
    expect(group).toMatch(/help \[command\] +显示某个命令的帮助/);
  });

  it('wraps Chinese at 80 terminal columns (a Han character is two), never before a closing sign', () => {
    const columns = (line: string) => [...line].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    for (const argv of [['--help'], ['form', '--help'], ['case', '--help'], ['deadline', '--help']]) {
      // commander's part only: the examples a command appends after it are laid out by hand
      const help = xf(argv).stdout.split('\n示例：')[0]!;
      const lines = help.split('\n');
      expect(
        lines.filter((l) => columns(l) > 80),
        argv.join(' '),
      ).toEqual([]);
      expect(
        lines.filter((l) => /^\s+[，。、；：）」]/.test(l)),
        argv.join(' '),
      ).toEqual([]);
    }
    // the long descriptions did wrap: 'init' continues on a second, indented line
    expect(xf(['--help']).stdout).toMatch(/\n {2}init \[options\] +在当前目录[^\n]+\n {31}\S/);
  });

  it('speaks English with XF_LANG=en', () => {
    const r = xf(['deadline', '--help'], en);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: xf deadline/);
    expect(r.stdout).toContain('Options:');
    expect(r.stdout).toContain('(default: "calendar")');
    expect(r.stdout).not.toMatch(/[选默用]/);
  });
});

describe('usage errors', () => {
  // [argv, Chinese, English]: each of commander's parse errors the CLI can reach
  const cases: [string[], string, string][] = [
    [['deadline', '--from', '2026-01-05'], '错误：必须给出选项「--days <n>」', "error: required option '--days <n>' not specified"],
    [['deadline', '--days', '3', '--from'], '错误：选项「--from <date>」缺少取值', "error: option '--from <date>' argument missing"],
    [['deadline', '--from', '2026-01-05', '--days', '3', '--bogus'], '错误：未知选项「--bogus」', "error: unknown option '--bogus'"],
    [['case', 'list', '--statu', 'closed'], '错误：未知选项「--statu」\n（是否要输入 --status？）', "error: unknown option '--statu'\n(Did you mean --status?)"],
    [['case', 'show'], '错误：缺少必需的参数「case_no」', "error: missing required argument 'case_no'"],
    [['schema', 'case', 'extra'], '错误：命令「schema」的参数过多：应为 1 个，实际 2 个', "error: too many arguments for 'schema'. Expected 1 argument but got 2."],
    [['cas'], '错误：未知命令「cas」\n（是否要输入 case？）', "error: unknown command 'cas'\n(Did you mean case?)"],
  ];

  it.each(cases)('xf %j: exit 64, the message in Chinese, then the --help hint', (argv, zh) => {
    const r = xf(argv);
    expect(r.code).toBe(64);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${zh}\n（用 --help 查看用法）\n`);
  });

  it.each(cases)("XF_LANG=en xf %j: commander's own English", (argv, _zh, english) => {
    const r = xf(argv, en);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe(`${english}\n(use --help for usage)\n`);
  });
});

describe('commanderErrorZh (the sentences no xf command reaches today)', () => {
  it("translates conflicts, invalid values and choice lists, keeping the parser's own reason", () => {
    expect(commanderErrorZh("error: option '--pdf' cannot be used with environment variable 'XF_DOCX'\n")).toBe('错误：选项「--pdf」不能与环境变量「XF_DOCX」同时使用\n');
    expect(commanderErrorZh("error: option '--unit <unit>' argument 'week' is invalid. Allowed choices are workday, calendar.\n")).toBe(
      '错误：选项「--unit <unit>」的取值「week」无效。可选值：workday、calendar。\n',
    );
    expect(commanderErrorZh("error: command-argument value 'x' is invalid for argument 'year'. 须为四位年份\n")).toBe('错误：参数「year」的取值「x」无效。须为四位年份\n');
    expect(commanderErrorZh("error: unknown command 'fom'\n(Did you mean one of form, demo?)\n")).toBe('错误：未知命令「fom」\n（是否要输入 form、demo？）\n');
    expect(commanderErrorZh('error: something new in a later commander\n')).toBe('错误：something new in a later commander\n');
  });
});
