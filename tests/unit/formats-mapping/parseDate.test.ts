import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/formats/mapping';

describe('parseDate', () => {
  it('reads day-first UK dates by default and month-first when told', () => {
    expect(parseDate('03/04/2024')).toEqual({ ok: true, value: '2024-04-03' });
    expect(parseDate('03/04/2024', 'auto-mdy')).toEqual({ ok: true, value: '2024-03-04' });
    expect(parseDate('3.4.24')).toEqual({ ok: true, value: '2024-04-03' });
    expect(parseDate('1-Mar-1999')).toEqual({ ok: true, value: '1999-03-01' });
    expect(parseDate('2024-02-29T13:05:00Z')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('reads ISO under any format: unambiguous, and how Excel date cells arrive', () => {
    expect(parseDate('2024-01-31', 'dd/mm/yyyy')).toEqual({ ok: true, value: '2024-01-31' });
    expect(parseDate('2024-01-31', 'mm/dd/yyyy')).toEqual({ ok: true, value: '2024-01-31' });
  });

  it('refuses impossible dates and forms the explicit format does not allow', () => {
    const feb30 = parseDate('30/02/2024');
    expect(feb30.ok).toBe(false);
    if (!feb30.ok) expect(feb30.message).toContain('not a real date');
    expect(parseDate('2023-02-29').ok).toBe(false);
    expect(parseDate('13/13/2024').ok).toBe(false);
    expect(parseDate('31.01.2024', 'dd/mm/yyyy').ok).toBe(false);
    expect(parseDate('yesterday').ok).toBe(false);
  });
});
