// Enum labels (src/domain/enums.ts): the label a form prints for a stored key, in either language.
import { describe, expect, it } from 'vitest';
import { CATEGORY, CHANNEL, enumKeys, labelOf } from '../../src/domain/enums.js';

describe('labelOf', () => {
  it.each([
    [CATEGORY, 'accusation', 'zh', '检举控告类'],
    [CATEGORY, 'claim', 'en', 'complaint or claim'],
    [CHANNEL, 'visit', 'zh', '走访'],
  ] as const)('%#: a known key prints its label', (table, key, lang, label) => {
    expect(labelOf(table as never, key as never, lang)).toBe(label);
  });

  it('prints Chinese unless English is asked for', () => {
    expect(labelOf(CHANNEL, 'fax')).toBe('传真');
  });

  it('prints nothing for a missing key, and an unknown key as itself (never a blank where data was)', () => {
    expect(labelOf(CHANNEL, undefined)).toBe('');
    expect(labelOf(CHANNEL, 'pigeon' as never)).toBe('pigeon');
    expect(labelOf(CHANNEL, 'pigeon' as never, 'en')).toBe('pigeon');
  });

  it('lists a table’s keys in their declared order', () => {
    expect(enumKeys(CHANNEL)).toEqual(['online', 'letter', 'phone', 'fax', 'visit']);
  });
});
