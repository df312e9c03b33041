// A year run must stay under 300 MB whatever its size. Nothing is kept from one case to the next,
// but V8 collects lazily: left alone the heap drifts up by ~100 MB of garbage (rendered PDFs, DOCX
// XML, zip buffers) before a major GC. A full collection every few cases keeps the resident set flat
// (measured: ~185 MB steady instead of ~290 MB and rising). `gc` is reached without a node flag.
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose_gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** Cases between two full collections: each costs ~50 ms against ~1 s of work per case. */
export const GC_EVERY = 5;
