// 保管期限 through the CLI (SPEC §7.7): a routine approval on the proposal slip of a declined case
// does not make it 永久; the archivist sets one case's retention with a reason, recorded in the
// register's archive event, printed in the 备考表 and carried in dossier.json, and kept by a rebuild.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// each test runs xf (and LibreOffice) several times: minutes on a loaded machine
const SLOW = { timeout: 300_000 };
import type { Home } from '../helpers/home.js';
import { isRoutineInstruction } from '../../src/archive/retention.js';
import { readDossier, samplesHome } from './helpers.js';

let home: Home;
beforeAll(() => {
  home = samplesHome();
}, 300_000);
afterAll(() => home?.cleanup());

const archive = (no: string, extra: string[] = []) => home.run(['archive', 'case', no, '--out', join(home.dir, 'archive'), '--json', ...extra]);

describe('retention', SLOW, () => {
  it('a declined case with a routine "同意。…" from the leader is 10年, not 永久', () => {
    const r = archive('2026-0002');
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.retention).toBe('D10');
    const d = readDossier(res.path);
    expect(d.archive.retention).toBe('D10');
    expect(d.notes).toContain('保管期限：10年（不予受理且无后续程序）');
  });

  it('routine approvals are told from instructions that set a course', () => {
    for (const s of ['同意', '同意。', '阅', '已阅。', '同意拟办意见', '按拟办意见办理', '同意。告知书要写明受理机关地址和电话，方便群众反映。', '请按程序办理。'])
      expect(isRoutineInstruction(s), s).toBe(true);
    for (const s of ['请区住建局牵头，一周内拿出整改方案，结果报我', '高度重视，妥善解决，防止矛盾激化', '可以考虑']) expect(isRoutineInstruction(s), s).toBe(false);
  });

  it('the archivist sets a case to 永久 with a reason: in the register, the 备考表 and dossier.json', () => {
    const reason = '该事项推动了全市餐饮油烟治理政策的调整';
    const r = archive('2026-0001', ['--retention', '永久', '--reason', reason]);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.retention).toBe('Y');
    expect(res.archival_code).toMatch(/-Y-/);
    const d = readDossier(res.path);
    expect(d.archive.retention).toBe('Y');
    expect(d.notes).toContain(`保管期限：永久（立卷人确定，理由：${reason}）`);
    const show = JSON.parse(home.run(['case', 'show', '2026-0001', '--json']).stdout);
    const archived = (show.record ?? show).progress.archived;
    expect(archived).toMatchObject({ retention: 'Y', retention_reason: reason });
  });

  it('refuses a retention without a reason, or one that is not 永久/30年/10年', () => {
    for (const [args, what] of [
      [['--retention', '永久'], '--reason'],
      [['--retention', '20年', '--reason', 'x'], '--retention'],
    ] as const) {
      const r = archive('2026-0004', [...args]);
      expect(r.code, r.stderr).toBe(64);
      expect(r.stdout + r.stderr).toContain(what);
    }
  });
});
