import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format';
import { numberColumn, percentColumn, selectColumn, textColumn, type ColumnContext } from '../../../renderer/src/grid/columns';
import { bulkApply, moveCell, nextSort, normalizeText, visibleRows } from '../../../renderer/src/grid/gridModel';

interface Row {
  id: string;
  name: string;
  sector: string;
  days: number;
  share: number;
}

const ctx: ColumnContext = { language: 'sv', f: createFormatter('sv'), yes: 'Ja', no: 'Nej' };
const columns = [
  textColumn<Row>({ id: 'name', header: 'Namn', get: (r) => r.name, set: (r, name) => ({ ...r, name }) }),
  selectColumn<Row>({
    id: 'sector',
    header: 'Verksamhet',
    filterable: true,
    options: [
      { value: 'school', label: 'Skola' },
      { value: 'preschool', label: 'Förskola' },
    ],
    get: (r) => r.sector,
    set: (r, sector) => ({ ...r, sector }),
  }),
  numberColumn<Row>(ctx, { id: 'days', header: 'Dagar', decimals: 0, rule: { min: 0, max: 366, integer: true }, get: (r) => r.days, set: (r, days) => ({ ...r, days: days ?? 0 }) }),
  percentColumn<Row>(ctx, { id: 'share', header: 'Närvaro', get: (r) => r.share, set: (r, share) => ({ ...r, share }) }),
];
const rows: Row[] = [
  { id: 'a', name: 'Östersunds skola', sector: 'school', days: 178, share: 0.9 },
  { id: 'b', name: 'Ängens förskola', sector: 'preschool', days: 230, share: 0.85 },
  { id: 'c', name: 'Aspskolan', sector: 'school', days: 178, share: 0.9 },
];
const none = { search: '', filters: {}, sort: null };

describe('which rows a register shows', () => {
  it('searches every column, ignoring case and diacritics', () => {
    expect(visibleRows(rows, columns, { ...none, search: 'ostersund' }, 'sv-SE').map((r) => r.id)).toEqual(['a']);
    expect(visibleRows(rows, columns, { ...none, search: 'förskola 230' }, 'sv-SE').map((r) => r.id)).toEqual(['b']);
    expect(normalizeText('Ärla Öå')).toBe('arla oa');
  });

  it('filters by a choice column', () => {
    expect(visibleRows(rows, columns, { ...none, filters: { sector: 'school' } }, 'sv-SE').map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('sorts by the language collation, numbers as numbers, and keeps ties in entry order', () => {
    const byName = visibleRows(rows, columns, { ...none, sort: { columnId: 'name', direction: 'asc' } }, 'sv-SE').map((r) => r.id);
    // Swedish: A < Ä < Ö at the end of the alphabet.
    expect(byName).toEqual(['c', 'b', 'a']);
    const byDays = visibleRows(rows, columns, { ...none, sort: { columnId: 'days', direction: 'desc' } }, 'sv-SE').map((r) => r.id);
    expect(byDays).toEqual(['b', 'a', 'c']);
  });

  it('cycles a column sort ascending, descending, off', () => {
    expect(nextSort(null, 'name')).toEqual({ columnId: 'name', direction: 'asc' });
    expect(nextSort({ columnId: 'name', direction: 'asc' }, 'name')).toEqual({ columnId: 'name', direction: 'desc' });
    expect(nextSort({ columnId: 'name', direction: 'desc' }, 'name')).toBeNull();
  });
});

describe('moving the active cell', () => {
  it('never leaves the table', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', 3, 5)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 4 }, 'ArrowDown', 3, 5)).toEqual({ row: 2, col: 4 });
    expect(moveCell({ row: 1, col: 2 }, 'PageDown', 3, 5)).toEqual({ row: 2, col: 2 });
    expect(moveCell({ row: 1, col: 2 }, 'CtrlEnd', 3, 5)).toEqual({ row: 2, col: 4 });
  });

  it('Tab wraps to the next row and Shift+Tab to the previous one', () => {
    expect(moveCell({ row: 0, col: 4 }, 'Tab', 3, 5)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 1, col: 0 }, 'ShiftTab', 3, 5)).toEqual({ row: 0, col: 4 });
    expect(moveCell({ row: 2, col: 4 }, 'Tab', 3, 5)).toEqual({ row: 2, col: 4 });
  });
});

describe('editing cells', () => {
  const days = columns[2]!;
  const share = columns[3]!;

  it('reads numbers in the user language and checks them against the bounds', () => {
    expect(days.edit!.parse('200')).toEqual({ ok: true, value: 200 });
    expect(days.edit!.parse('12,5')).toEqual({ ok: false, error: { key: 'integer', values: {} } });
    expect(days.edit!.parse('400')).toEqual({ ok: false, error: { key: 'range', values: { min: 0, max: 366 } } });
    expect(days.edit!.parse('tolv')).toEqual({ ok: false, error: { key: 'notANumber', values: {} } });
    expect(share.edit!.parse('85,5')).toEqual({ ok: true, value: 0.855 });
    expect(share.edit!.parse('120')).toEqual({ ok: false, error: { key: 'percentRange', values: { min: 0, max: 100 } } });
  });

  it('reports no change when the value is the same (nothing is saved or added to undo)', () => {
    expect(days.edit!.apply(rows[0]!, 178)).toBeNull();
    expect(days.edit!.apply(rows[0]!, 180)).toEqual({ ...rows[0], days: 180 });
  });

  it('shows numbers the Swedish way', () => {
    expect(days.display({ ...rows[0]!, days: 1234 })).toBe('1\u00a0234');
    expect(share.display(rows[1]!)).toBe('85\u00a0%');
  });
});

describe('bulk edit', () => {
  it('applies one parsed value to every row that changes', () => {
    const result = bulkApply(rows, columns[2]!, '180');
    expect(result).toEqual({ ok: true, changed: [{ ...rows[0], days: 180 }, { ...rows[1], days: 180 }, { ...rows[2], days: 180 }] });
    expect(bulkApply(rows, columns[1]!, 'school')).toEqual({ ok: true, changed: [{ ...rows[1], sector: 'school' }] });
  });

  it('changes nothing when the value is invalid', () => {
    expect(bulkApply(rows, columns[2]!, '-1')).toEqual({ ok: false, error: { key: 'range', values: { min: 0, max: 366 } } });
  });
});
