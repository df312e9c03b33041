import { describe, it, expect } from 'vitest';
import { ProgressBar } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return {
    writes,
    stream: {
      isTTY,
      columns: 100,
      write: (s: string) => {
        writes.push(s);
        return true;
      },
    } as unknown as NodeJS.WriteStream,
  };
}

describe('the progress display', () => {
  it('draws only on a terminal, and not when quiet', () => {
    expect(ProgressBar.onTerminal('count', false, fakeStream(false).stream)).toBeUndefined();
    expect(ProgressBar.onTerminal('count', true, fakeStream(true).stream)).toBeUndefined();
    expect(ProgressBar.onTerminal('count', false, fakeStream(true).stream)).toBeInstanceOf(ProgressBar);
  });

  it('shows percent, amounts, rate and ETA; bytes in binary units; the last update always; done clears the line', () => {
    const f = fakeStream(true);
    const bar = ProgressBar.onTerminal('bytes', false, f.stream)!;
    bar.update(512 << 20, 1 << 30, '3/10', true);
    bar.update(600 << 20, 1 << 30); // within 100 ms: skipped
    bar.update(1 << 30, 1 << 30, '10/10'); // the end: drawn
    expect(f.writes).toHaveLength(2);
    expect(f.writes[0]).toMatch(/^\r\[#+\.+\] 50\.0% 512\.0 MiB\/1\.00 GiB .*\/s .* 3\/10\x1b\[K$/);
    expect(f.writes[1]).toMatch(/\] 100\.0% 1\.00 GiB\/1\.00 GiB .* 10\/10/);
    bar.done();
    expect(f.writes[2]).toBe('\r\x1b[K');
  });

  it('without a total (a streamed import) shows the count and rate, no bar', () => {
    const f = fakeStream(true);
    ProgressBar.onTerminal('count', false, f.stream)!.update(1200, 0, 'processed', true);
    expect(f.writes[0]).not.toMatch(/\[[#.]/);
    expect(f.writes[0]).toMatch(/^\r1200 .* processed\x1b\[K$/);
  });
});
