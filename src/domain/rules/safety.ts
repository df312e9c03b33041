// Safe input: what a hostile or careless file, argument or name must never do — become a path
// outside its folder, reach an object's prototype, nest past any walker, carry terminal controls,
// hold a date no office can have, or arrive in an encoding xf would misread. Pure checks; the disk
// side (realpath, links) is src/io/safe-path.ts, which raises V-ATT-1 through this entry.
import { ISO_DATE } from '../dates.js';
import { codePoint as cp } from '../format.js';
import { caseNoProblem, relativePathProblem, segmentProblem } from '../path-safety.js';
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];

export const SAFETY_RULES = {
  'V-PATH-1': {
    label: { zh: '信访件编号与文件名是一个安全的路径段', en: 'case numbers and file names are one safe path segment' },
    source: 'xf safe input (README, safe-input rules; SPEC §3.1 case_no); xf.config.json case_no_pattern',
    severity: 'error',
    applies: ['registration', 'input', 'form:*'],
    messages: {
      case_no: msg('{detail}', '{detail}', { label: '信访件编号' }),
      segment: msg('{detail}', '{detail}', { label: '文件名' }),
    },
    checks: {
      case_no: ({ value, pattern }: { value: unknown; pattern?: string }): F => {
        const p = caseNoProblem(value, pattern);
        return p ? [{ key: 'case_no', field: 'case_no', found: value, params: { detail: p } }] : [];
      },
      segment: ({ name, field }: { name: string; field: string }): F => {
        const p = segmentProblem(name);
        return p ? [{ key: 'segment', field, found: name, params: { detail: p } }] : [];
      },
    },
  },
  'V-ATT-1': {
    label: { zh: '附件路径不出附件目录', en: 'attachment paths stay inside the attachments folder' },
    source: "xf safe input (README, safe-input rules); the case file's attachments[]",
    severity: 'error',
    applies: ['registration', 'archive'],
    messages: {
      refused: msg('{detail}', '{detail}', { label: '附件路径' }),
    },
    checks: {
      relative: ({ path, field }: { path: unknown; field: string }): F => {
        const p = relativePathProblem(path);
        return p ? [{ key: 'refused', field, found: path, params: { detail: p } }] : [];
      },
    },
  },
  'V-DATE-1': {
    label: { zh: '日期在可信范围内', en: 'dates within a plausible range' },
    source: 'xf safe input (README, safe-input rules)',
    severity: 'error',
    applies: ['input', 'registration', 'event:*'],
    messages: {
      range: msg('日期应在 {min}–{max} 年之间', 'a date must lie in {min}–{max}', { label: '日期' }),
    },
    checks: {
      range: ({ date, field, min, max }: { date: string; field: string; min: number; max: number }): F => {
        const m = ISO_DATE.exec(date);
        return m && (Number(m[1]) < min || Number(m[1]) > max) ? [{ key: 'range', field, found: date, params: { min, max } }] : [];
      },
    },
  },
  'V-DATE-2': {
    label: { zh: '收到日期不晚于今天', en: 'the received date is not in the future' },
    source: 'xf safe input (README, safe-input rules); SPEC §3.1 received_date, §5 (the clocks start from it)',
    severity: 'error',
    applies: ['registration'],
    messages: {
      future: msg('收到日期不能晚于今天（{today}）', 'the received date cannot be after today ({today})', { label: '收到日期' }),
    },
    checks: {
      received: ({ received, today }: { received: unknown; today?: string }): F =>
        today && typeof received === 'string' && received > today ? [{ key: 'future', field: 'received_date', found: received, params: { today } }] : [],
    },
  },
  'V-TEXT-1': {
    label: { zh: '文本无控制字符，姓名不为空白', en: 'no control characters in text; names not blank' },
    source: 'xf safe input (README, safe-input rules)',
    severity: 'error',
    applies: ['registration', 'event:*', 'input'],
    messages: {
      blank_name: msg('姓名不能为空白', 'a name cannot be blank'),
      controls: msg('含控制字符或双向文字控制符（{chars}），请删除后再登记', 'holds control or bidi override characters ({chars}); remove them and register again', { label: '文本' }),
    },
    checks: {
      name: ({ value, field, label }: { value: unknown; field: string; label: string }): F => (typeof value === 'string' && !value.trim() ? [{ key: 'blank_name', field, label, found: value }] : []),
      controls: ({ text, field, controls }: { text: string; field: string; controls: (s: string) => readonly string[] }): F => {
        const bad = controls(text);
        return bad.length ? [{ key: 'controls', field, params: { chars: bad.join(' ') } }] : [];
      },
    },
  },
  'V-TEXT-2': {
    label: { zh: '姓名能以内置字体打印', en: 'names printable with the bundled fonts' },
    source: 'xf safe input (README, safe-input rules); SPEC §8.5 (fonts)',
    severity: 'warning',
    applies: ['registration'],
    messages: {
      unprintable: msg(
        '内置字体无法打印这些字符：{chars}；文书将无法生成，请在 xf.config.json 的 fonts.fallback 中配置含这些字符的字体',
        'the bundled fonts cannot print: {chars_en}; forms will fail until xf.config.json fonts.fallback names a font that has them',
      ),
    },
    checks: {
      printable: ({ value, field, label, missing }: { value: string; field: string; label: string; missing: readonly string[] }): F =>
        missing.length
          ? [{ key: 'unprintable', field, label, found: value, params: { chars: missing.map((ch) => `${ch}（${cp(ch)}）`).join('、'), chars_en: missing.map((ch) => `${ch} (${cp(ch)})`).join(', ') } }]
          : [],
    },
  },
  'V-INPUT-1': {
    label: { zh: '字段名不触及对象原型', en: "no key that reaches an object's prototype" },
    source: 'xf safe input (README, safe-input rules)',
    severity: 'error',
    applies: ['input', 'registration', 'event:*'],
    messages: {
      forbidden_key: msg('不允许的字段名「{key}」', 'the key "{key}" is not allowed', { label: '字段名' }),
      empty_key: msg('字段名不能为空', 'a key cannot be empty', { label: '字段名' }),
    },
    checks: {
      keys: ({ keys, field, forbidden }: { keys: readonly string[]; field: string; forbidden: ReadonlySet<string> }): F => {
        const bad = keys.find((k) => forbidden.has(k) || !k);
        if (bad === undefined) return [];
        return [bad ? { key: 'forbidden_key', field, found: bad, params: { key: bad } } : { key: 'empty_key', field, found: keys.join('.') }];
      },
    },
  },
  'V-INPUT-2': {
    label: { zh: '结构可读：层数、别名与引用有限', en: 'a readable structure: bounded depth, aliases and references' },
    source: 'xf safe input (README, safe-input rules); YAML 1.2 (anchors and aliases)',
    severity: 'error',
    applies: ['input'],
    messages: {
      cycle: msg('结构自我引用（YAML 锚点循环）', 'the structure refers to itself (a YAML anchor cycle)', { label: '结构' }),
      too_deep: msg('嵌套超过 {max} 层', 'nested deeper than {max} levels', { label: '结构' }),
      yaml_too_deep: msg('YAML 嵌套过深（第 {line} 行）：最多 {max} 层', 'YAML nested too deep (line {line}): at most {max} levels'),
      aliases: msg('YAML 别名（*引用）过多：最多 {max} 个', 'too many YAML aliases (*refs): at most {max}'),
      undefined_alias: msg('YAML 别名未定义：{alias}', 'undefined YAML alias: {alias}'),
      unreadable: msg('YAML 结构无法读取：{detail}', 'YAML structure cannot be read: {detail}'),
      // xf keeps the digits, but a standard YAML reader makes a number of them (370102196203150025 → 370102196203150000 in JavaScript)
      unquoted_number: msg(
        '{value} 未加引号：其他 YAML 读取程序会把它读成整数（长号码会失真），请写成 "{value}"',
        '{value} is not quoted: other YAML readers take it for an integer (a long number loses digits); write "{value}"',
        { severity: 'warning' },
      ),
    },
    checks: {
      node: ({ cyclic, depth, max, field }: { cyclic: boolean; depth: number; max: number; field: string }): F =>
        cyclic ? [{ key: 'cycle', field }] : depth >= max ? [{ key: 'too_deep', field, params: { max } }] : [],
    },
  },
  'V-ENC-1': {
    label: { zh: '文件编码为 UTF-8 或 --encoding 所指', en: 'files are UTF-8 or the --encoding named' },
    source: 'xf safe input (README, safe-input rules)',
    severity: 'error',
    applies: ['input'],
    messages: {
      not_utf8: msg('文件编码不是 UTF-8', 'the file is not UTF-8'),
    },
    checks: {
      utf8: ({ offset }: { offset: number }): F => (offset < 0 ? [] : [{ key: 'not_utf8', field: '(file)', found: `byte ${offset}` }]),
    },
  },
  'V-EVT-1': {
    label: { zh: '事件详情含该步骤所需的字段', en: 'event details hold what the step needs' },
    source: 'SPEC §4.2 (transitions and their details)',
    severity: 'error',
    applies: ['event:*'],
    messages: {
      incomplete: msg('「{event}」的详情不完整：缺少该步骤需要的字段', 'the details of "{event_en}" are incomplete: a field this step needs is missing', { label: '详情' }),
    },
    checks: {
      complete: ({ error, event, label }: { error?: string; event: string; label: string }): F =>
        error === undefined ? [] : [{ key: 'incomplete', field: 'details', found: error, params: { event: label, event_en: event } }],
    },
  },
} satisfies Record<string, RuleDef>;
