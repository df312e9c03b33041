// xf verify plans bag by bag while it hashes (issue 16): a bag is read only when the pool runs low,
// so what is held at once is bounded by the pool's queue, not by the archive's file count.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { writeBag } from '../../src/bagit/index.js';
import { ROOT } from '../helpers/xf.js';
import { tmp } from './fixture.js';

// The tsc output (built by the global setup): the hash workers are its .js files.
const { planBags, verifyTargets } = (await import(join(ROOT, 'dist', 'fixity', 'verify.js'))) as typeof import('../../src/fixity/verify.js');
const { readBagOnDisk } = (await import(join(ROOT, 'dist', 'bagit', 'index.js'))) as typeof import('../../src/bagit/index.js');

const FILES_PER_BAG = 5;
// and bagit.txt, bag-info.txt, two manifests and sm3-digests.txt
const HASHED_PER_BAG = FILES_PER_BAG + 5;

async function archive(n: number): Promise<string[]> {
  const root = tmp('xf-perbag-');
  const bags: string[] = [];
  for (let i = 0; i < n; i++) {
    const dir = join(root, `bag-${String(i).padStart(3, '0')}`);
    const payload = Array.from({ length: FILES_PER_BAG }, (_, j) => ({ path: `f/${j}.txt`, content: Buffer.from(`bag ${i} file ${j}`) }));
    await writeBag(dir, { payload, info: { sourceOrganization: 'o', baggingDate: '2027-01-15', externalIdentifier: `X-${i}` }, fsync: false });
    bags.push(dir);
  }
  return bags;
}

describe('planning per bag', () => {
  it('planBags reads a bag only when its plan is asked for', async () => {
    const bags = await archive(3);
    const read: string[] = [];
    const plans = planBags(bags, undefined, (d) => (read.push(d), readBagOnDisk(d)));
    expect(read).toEqual([]);
    expect(plans.next().value?.bag).toBe(bags[0]);
    expect(read).toEqual([bags[0]]);
    expect(plans.next().value?.bag).toBe(bags[1]);
    expect(read).toEqual(bags.slice(0, 2));
  });

  it('verifyTargets reads the next bags as files are hashed, holding a bounded number planned ahead', async () => {
    const bags = await archive(60);
    // a fault in the last bag, found although it was planned long after the first bags were done
    writeFileSync(join(bags[59]!, 'data', 'f', '0.txt'), 'changed');
    let planned = 0,
      done = 0,
      maxAhead = 0;
    const doneWhenRead: number[] = [];
    const v = await verifyTargets({
      bags,
      years: [],
      jobs: 1,
      planAhead: 1,
      readBag: (d) => {
        const disk = readBagOnDisk(d);
        doneWhenRead.push(done);
        // every file but the two tag manifests is hashed
        planned += disk.payload.length + disk.tags.filter((e) => !e.path.startsWith('tagmanifest-')).length;
        maxAhead = Math.max(maxAhead, planned - done);
        return disk;
      },
      onFileDone: () => {
        done++;
      },
    });
    expect(doneWhenRead).toHaveLength(60);
    expect(doneWhenRead[0]).toBe(0);
    // the last bags are read after most files were hashed, not all before the first was
    expect(doneWhenRead[59]).toBeGreaterThan(60 * HASHED_PER_BAG - 256);
    // the pool's low water (2 batches of 64 for one worker), one batch in flight, one bag's round
    expect(maxAhead).toBeLessThanOrEqual(128 + 64 + 2 * HASHED_PER_BAG);
    expect(v.files).toBe(60 * HASHED_PER_BAG);
    expect(v.bags).toHaveLength(60);
    expect(v.faults.map((f) => [f.code, f.bag, f.rel])).toEqual([
      ['E-OXUM', bags[59], 'bag-info.txt'],
      ['E-DIGEST', bags[59], 'data/f/0.txt'],
      ['E-DIGEST', bags[59], 'data/f/0.txt'],
      ['E-DIGEST', bags[59], 'data/f/0.txt'],
    ]);
  });
});
