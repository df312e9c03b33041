import { describe, it, expect } from 'vitest';
import { describeErrno, isStorageFailure, storageError } from '../../src/io/errno.js';

const errno = (code: string, path?: string, message = `${code}: something`): NodeJS.ErrnoException => Object.assign(new Error(message), { code, ...(path ? { path } : {}) });

describe('system errors', () => {
  it('say what a known code means, and keep the system words for others', () => {
    expect(describeErrno(errno('ENOSPC'))).toBe('磁盘空间不足（ENOSPC）');
    expect(describeErrno(errno('EXDEV', undefined, 'EXDEV: cross-device link not permitted'))).toBe('EXDEV: cross-device link not permitted');
  });

  it('tell a failing disk being written from a file that cannot be read', () => {
    expect(isStorageFailure(errno('ENOSPC'), '/arch/X001-WS·2026')).toBe(true);
    expect(isStorageFailure(errno('EROFS', '/elsewhere/a'), '/arch/X001-WS·2026')).toBe(true);
    expect(isStorageFailure(errno('EACCES', '/arch/X001-WS·2026/.xf-tmp-1/data/a.pdf'), '/arch/X001-WS·2026')).toBe(true);
    // an unreadable attachment is the case's own problem, not the archive's storage
    expect(isStorageFailure(errno('EACCES', '/scans/letter.jpg'), '/arch/X001-WS·2026')).toBe(false);
    expect(isStorageFailure(errno('EACCES', '/arch/X001-WS·2026-other/x'), '/arch/X001-WS·2026')).toBe(false);
    expect(isStorageFailure(new Error('plain'), '/arch')).toBe(false);
  });

  it('become an IO error naming the path and the next step, with the system details kept', () => {
    const e = storageError(Object.assign(errno('ENOSPC'), { syscall: 'write' }), '/arch/X/0001', { zh: '释放空间后重新运行。', en: 'Make room and run it again.' }, { case_no: '2026-0001' });
    expect(e.code).toBe('IO');
    expect(e.message).toBe('磁盘空间不足（ENOSPC）：/arch/X/0001。释放空间后重新运行。');
    expect(e.details).toMatchObject({ errno: 'ENOSPC', path: '/arch/X/0001', syscall: 'write', case_no: '2026-0001' });
  });
});
