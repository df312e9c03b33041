// The one way a name from input becomes a path on disk: checked by src/domain/path-safety.ts, then
// resolved against the disk so that no link leads outside the folder it must stay in.
import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { relativePathProblem } from '../domain/path-safety.js';
import { check, violate } from '../domain/rules/index.js';

/** Where an attachment failed: the case, its index in `attachments` and the rule. */
export interface AttachmentRef {
  case_no: string;
  index: number;
  title: string;
}

function refuse(ref: AttachmentRef, path: string, why: string): never {
  const field = `attachments[${ref.index}].path`;
  throw new XfError(
    'VALIDATION',
    t(`${ref.case_no} 的附件 ${field}「${ref.title}」被拒绝（V-ATT-1）：${why}`, `${ref.case_no}: attachment ${field} "${ref.title}" refused (V-ATT-1): ${why}`),
    [violate('V-ATT-1', 'refused', { field, found: path, params: { detail: why } })],
    { case_no: ref.case_no, path },
  );
}

/**
 * An attachment's path inside `root`, or a V-ATT-1 refusal: relative, no `..`, no symbolic link at
 * any level (a linked folder could lead anywhere), the real path still inside the root's real path,
 * and a regular file (not /proc's or a device).
 */
export function resolveAttachmentPath(root: string, path: string, ref: AttachmentRef): string {
  const p = relativePathProblem(path);
  if (p) refuse(ref, path, p);
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (e) {
    throw new XfError('IO', t(`附件目录无法读取：${root}（${(e as NodeJS.ErrnoException).code}）`, `the attachments folder cannot be read: ${root} (${(e as NodeJS.ErrnoException).code})`), [], {
      path: root,
    });
  }
  let cur = realRoot;
  for (const part of path.split(/[/\\]/).filter((s) => s && s !== '.')) {
    cur = join(cur, part);
    let st;
    try {
      st = lstatSync(cur);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      throw new XfError(
        'IO',
        t(
          `${ref.case_no} 的附件 attachments[${ref.index}]「${ref.title}」无法读取（${code}）：${path}`,
          `${ref.case_no}: attachment attachments[${ref.index}] "${ref.title}" cannot be read (${code}): ${path}`,
        ),
        [],
        { case_no: ref.case_no, path: cur },
      );
    }
    if (st.isSymbolicLink()) refuse(ref, path, t(`${cur} 是符号链接`, `${cur} is a symbolic link`));
  }
  const real = realpathSync(cur);
  const rel = relative(realRoot, real);
  if (!rel || rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) refuse(ref, path, t('指向附件目录之外', 'it leads outside the attachments folder'));
  if (!lstatSync(real).isFile()) refuse(ref, path, t('不是普通文件', 'not a regular file'));
  return real;
}

/** `dir/name` for a name that must be one segment (V-PATH-1); the result never leaves `dir`. */
export function safeJoin(dir: string, name: string, field = '(name)'): string {
  const bad = check('V-PATH-1', 'segment', { name, field });
  if (bad.length) {
    const p = bad[0]!.message;
    throw new XfError('VALIDATION', t(`${field} 不能用作文件名（V-PATH-1）：${p}`, `${field} cannot be a file name (V-PATH-1): ${p}`), bad);
  }
  return join(resolve(dir), name);
}
