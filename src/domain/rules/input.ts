// Codes for faults in the input itself rather than in a case: file syntax, structure, templates,
// fonts, the calendar overrides. Their detail comes from the parser or validator that found them
// (already in the user's language); the registry gives them an id, a label and a place to list.
import { codePoint } from '../format.js';
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];
const detail = msg('{detail}', '{detail}');
/** An outside validator's problems, one finding each. */
const problems = ({ problems: list }: { problems: readonly { field: string; detail: string; found?: unknown }[] }): F =>
  list.map((p) => ({ key: 'detail', field: p.field, params: { detail: p.detail }, ...(p.found === undefined ? {} : { found: p.found }) }));

export const INPUT_RULES = {
  SYNTAX: {
    label: { zh: '文件语法', en: 'file syntax' },
    source: 'JSON (RFC 8259), YAML 1.2',
    severity: 'error',
    applies: ['input'],
    messages: {
      json: msg('JSON 语法错误：{detail}', 'JSON syntax error: {detail}'),
      yaml: msg('YAML 语法错误（第 {line} 行）：{detail}', 'YAML syntax error (line {line}): {detail}'),
    },
    checks: {
      json: ({ text }: { text: string }): F => {
        try {
          JSON.parse(text);
          return [];
        } catch (e) {
          return [{ key: 'json', field: '(file)', params: { detail: (e as Error).message } }];
        }
      },
    },
  },
  SCHEMA: {
    label: { zh: '字段结构与取值', en: 'field structure and values' },
    source: 'schema/case.schema.json (SPEC §3, §6)',
    severity: 'error',
    applies: ['input', 'registration', 'event:*'],
    messages: {
      detail,
      not_object: msg('案件文件应为一个对象（键: 值）', 'a case file must be one object (key: value)', { label: '信访事项' }),
      no_details: msg('该事件不接受详情', 'this event takes no details', { label: '详情' }),
      no_outcome: msg('须写明复查（复核）意见：uphold / revoke_and_redo / modify', 'give the outcome', { label: '复查（复核）意见' }),
    },
    checks: {
      problems,
      object: ({ value }: { value: unknown }): F => (value && typeof value === 'object' && !Array.isArray(value) ? [] : [{ key: 'not_object', field: '(root)' }]),
      outcome: ({ outcome }: { outcome?: string }): F => (outcome ? [] : [{ key: 'no_outcome', field: 'outcome' }]),
    },
  },
  'E-SCHEMA': {
    label: { zh: '卷宗清单结构', en: 'dossier manifest structure' },
    source: 'archive-schema/',
    severity: 'error',
    applies: ['archive'],
    messages: { detail },
    checks: { problems },
  },
  'R-CAL-2': {
    label: { zh: '日历调整文件', en: 'calendar overrides file' },
    source: 'SPEC §9; xf.config.json calendar_overrides',
    severity: 'error',
    applies: ['calendar'],
    messages: { detail: msg('{detail}', '{detail}', { label: '日历调整文件' }) },
    checks: { problems },
  },
  TEMPLATE: {
    label: { zh: '模板与字段清单', en: 'template and field list' },
    source: 'templates/<id>/ (DESIGN)',
    severity: 'error',
    applies: ['form:*', 'archive'],
    messages: {
      detail: msg('{detail}', '{detail}', { label: '模板' }),
      unknown_rule: msg('字段清单引用了未知规则 {id}', 'unknown rule {id}', { label: '规则' }),
      render_failed: msg('以示例案件生成 PDF/DOCX 失败：{detail}', 'rendering PDF/DOCX with a sample case failed: {detail}', { label: '模板' }),
    },
    checks: {
      problems,
      rules: ({ ids, known }: { ids: readonly string[]; known: (id: string) => boolean }): F =>
        ids.filter((id) => !known(id)).map((id) => ({ key: 'unknown_rule', field: 'rules', found: id, params: { id } })),
    },
  },
  STAGE: {
    label: { zh: '文书所需的办理阶段', en: 'the stage a form needs' },
    source: 'templates/<id>/fields.yaml available_when',
    severity: 'error',
    applies: ['form:*'],
    messages: {
      not_reached: msg('案件尚未到达「{title}」所需的办理阶段（状态：{status}）', 'the case has not reached the stage {id} needs (status: {status})'),
    },
    checks: {
      reached: ({ reached, field, title, id, status }: { reached: boolean; field: string; title: string; id: string; status: string }): F =>
        reached ? [] : [{ key: 'not_reached', field, params: { title, id, status } }],
    },
  },
  FIELD: {
    label: { zh: '文书必填项', en: 'a field a form requires' },
    source: 'templates/<id>/fields.yaml fields',
    severity: 'error',
    applies: ['form:*'],
    messages: {
      required: msg('「{title}」需要此项', 'required by {id}'),
    },
    checks: {
      present: ({ present, field, title, id }: { present: boolean; field: string; title: string; id: string }): F => (present ? [] : [{ key: 'required', field, params: { title, id } }]),
    },
  },
  FONT: {
    label: { zh: '字体缺字', en: 'a character no font has' },
    source: 'SPEC §8.5',
    severity: 'error',
    applies: ['form:*'],
    messages: {
      missing_glyph: msg(
        '字体缺字「{ch}」（{cp}）：已配置的字体都没有这个字，请在 xf.config.json 的 fonts.fallback 中配置含该字的字体',
        'no configured font has "{ch}" ({cp}); name a font that has it in xf.config.json fonts.fallback',
      ),
    },
    checks: {
      /**
       * Each character of `text` no font `has`, once, at every place it stands: `sources` (asked only
       * when one is missing) are the texts the document was made from, by path, and `place` turns a
       * path into the caller's field and label; a character in none of them is the template's own.
       */
      glyphs: ({
        text,
        has,
        sources,
        place = (path) => ({ field: path }),
      }: {
        text: string;
        has: (ch: string) => boolean;
        sources?: () => readonly (readonly [path: string, text: string])[];
        place?: (path: string) => { field: string; label?: string };
      }): F => {
        const missing = [...new Set(text)].filter((ch) => !has(ch));
        const from = missing.length && sources ? sources() : [];
        return missing.flatMap((ch) => {
          const where = from.filter(([, s]) => s.includes(ch)).map(([p]) => p);
          return (where.length ? where : ['(template)']).map((p) => ({ key: 'missing_glyph', ...place(p), found: ch, params: { ch, cp: codePoint(ch) } }));
        });
      },
    },
  },
} satisfies Record<string, RuleDef>;
