// The per-block parse of an expanded template (tree.ts parseSplit, cached across a batch) must give
// exactly what parsing the whole document gives, for every form every fixture and sample reaches,
// and must decline (undefined) what it cannot split safely.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FormEngine } from '../../src/forms/engine.js';
import { listFormIds } from '../../src/forms/templates.js';
import { parseSplit, parseTree } from '../../src/forms/tree.js';
import { escapedView } from '../../src/forms/view.js';
import { loadCases, testOffice } from './helpers.js';

describe('parseSplit', () => {
  it('equals the whole-document parse for every reachable form of every case file', () => {
    const office = testOffice();
    const engine = new FormEngine({ office });
    let compared = 0,
      split = 0;
    for (const { record } of loadCases(office)) {
      for (const id of listFormIds()) {
        if (!engine.reaches(id, record)) continue;
        const text = engine.template(id).render(escapedView(engine.view(record, {}, id)));
        const whole = parseYaml(text, { uniqueKeys: false });
        const parts = parseSplit(text);
        compared++;
        if (parts === undefined) continue;
        split++;
        expect(parts).toEqual(whole);
        expect(parseSplit(text)).toEqual(whole); // from the cache, and not shared with the first result
        expect(parseSplit(text)).not.toBe(parts);
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(split / compared).toBeGreaterThan(0.8); // the bundled templates split
  });

  it('declines anchors, aliases, tags and block scalars, and parseTree still reads them', () => {
    const head = 'layout: letter\nmeta:\n  title: t\n  date: "2026-01-01"\nblocks:\n';
    for (const body of ['  - &a\n    type: spacer\n  - *a\n', '  - type: paragraph\n    text: |\n      a\n\n', '  - type: paragraph\n    text: !!str 12\n']) {
      expect(parseSplit(head + body)).toBeUndefined();
      expect(parseTree(head + body).tree?.blocks.length).toBeGreaterThan(0);
    }
  });

  it('leaves a broken document to the whole parse, which names the fault', () => {
    const r = parseTree('layout: letter\nmeta:\n  title: t\n  date: "2026-01-01"\nblocks:\n  - type: paragraph\n    text: "unclosed\n');
    expect(r.tree).toBeUndefined();
    expect(r.violations[0]?.rule).toBe('TEMPLATE');
  });
});
