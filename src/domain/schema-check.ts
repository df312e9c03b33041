// Structural checks against TypeBox schemas, turned into Violations that name the field, its
// Chinese label and what was wrong. Compiled once per schema.
import { FormatRegistry, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import type { Violation } from './errors.js';
import { isIsoDate } from './dates.js';
import { t } from './i18n.js';
import { violate } from './rules/index.js';

if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', isIsoDate);

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

export function checker<T extends TSchema>(schema: T): TypeCheck<T> {
  let c = compiled.get(schema);
  if (!c) {
    c = TypeCompiler.Compile(schema);
    compiled.set(schema, c);
  }
  return c as TypeCheck<T>;
}

const checkedOnce = new WeakSet<TSchema>();

/** Whether value fits schema. The first check of a schema is interpreted: compiling CaseFile costs
 * ~8 ms cold, checking one file so ~1 ms (a cold `xf form --file` checks one); from the second check
 * on (a batch, an import) the compiled one. Both are TypeBox's own check, with the same answer. */
export function fits<T extends TSchema>(schema: T, value: unknown): value is Static<T> {
  if (compiled.has(schema) || checkedOnce.has(schema)) return checker(schema).Check(value);
  checkedOnce.add(schema);
  return Value.Check(schema, value);
}

/** `/petitioners/0/id_doc_no` → `petitioners[0].id_doc_no` */
export function pointerToField(path: string, prefix = ''): string {
  const parts = path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = prefix;
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

function describe(e: ValueError): string {
  const s = e.schema as Record<string, unknown>;
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return t('必填项缺失', 'required field is missing');
    case ValueErrorType.ObjectAdditionalProperties:
      return t('不认识的字段（请检查拼写）', 'unknown field (check the spelling)');
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
      if (s.format === 'date') return t('日期格式应为 YYYY-MM-DD 且为真实日期', 'date must be YYYY-MM-DD and a real day');
      return t(`格式不符（应匹配 ${String(s.pattern)}）`, `wrong format (must match ${String(s.pattern)})`);
    case ValueErrorType.StringMinLength:
      return t('不得为空', 'must not be empty');
    case ValueErrorType.StringMaxLength:
      return t(`不得超过 ${String(s.maxLength)} 字`, `at most ${String(s.maxLength)} characters`);
    case ValueErrorType.Union: {
      const values = ((s.anyOf as { const?: unknown }[] | undefined) ?? []).map((x) => x.const).filter((x) => x !== undefined);
      return values.length ? t(`取值应为：${values.join(' / ')}`, `must be one of: ${values.join(' / ')}`) : t('取值不符', 'value not allowed');
    }
    case ValueErrorType.ArrayMinItems:
      return t(`至少应有 ${String(s.minItems)} 项`, `needs at least ${String(s.minItems)} item(s)`);
    case ValueErrorType.ArrayUniqueItems:
      return t('不得重复', 'items must be unique');
    case ValueErrorType.Boolean:
      return t('应为 true 或 false', 'must be true or false');
    case ValueErrorType.Integer:
      return t('应为整数', 'must be a whole number');
    case ValueErrorType.IntegerMinimum:
      return t(`不得小于 ${String(s.minimum)}`, `must be at least ${String(s.minimum)}`);
    case ValueErrorType.String:
      return t('应为文字', 'must be text');
    case ValueErrorType.Array:
      return t('应为列表', 'must be a list');
    case ValueErrorType.Object:
      return t('应为对象（键: 值）', 'must be an object (key: value)');
    case ValueErrorType.Literal:
      return t(`应为 ${JSON.stringify(s.const)}`, `must be ${JSON.stringify(s.const)}`);
    default:
      return e.message;
  }
}

/** Every structural problem, one per field path (the first, most telling, message wins). */
export function schemaViolations(schema: TSchema, value: unknown, prefix = ''): Violation[] {
  if (fits(schema, value)) return []; // Errors() walks the whole value even when it is valid
  const c = checker(schema);
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const e of c.Errors(value)) {
    if (seen.has(e.path)) continue;
    // A child's own error is more telling than its parent's "expected object".
    seen.add(e.path);
    out.push(
      violate('SCHEMA', 'detail', {
        field: pointerToField(e.path, prefix),
        label: String((e.schema as { title?: string }).title ?? ''),
        params: { detail: describe(e) },
        ...(e.type === ValueErrorType.ObjectRequiredProperty ? {} : { found: e.value }),
      }),
    );
  }
  return out;
}
