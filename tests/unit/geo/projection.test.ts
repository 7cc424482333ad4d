import { describe, expect, it } from 'vitest';
import { UNITS_PER_KM, projectLatLon } from '../../../shared/geo';

const LONDON = { lat: 51.5074, lon: -0.1278 };
const EDINBURGH = { lat: 55.9533, lon: -3.1883 };
const CARDIFF = { lat: 51.4816, lon: -3.1791 };
const NORWICH = { lat: 52.6309, lon: 1.2974 };
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('projection of latitude and longitude to chart coordinates', () => {
  it('puts the north above (smaller y) and the west to the left', () => {
    expect(projectLatLon(EDINBURGH).y).toBeLessThan(projectLatLon(LONDON).y);
    expect(projectLatLon(CARDIFF).x).toBeLessThan(projectLatLon(LONDON).x);
    expect(projectLatLon(LONDON).x).toBeLessThan(projectLatLon(NORWICH).x);
  });

  it('keeps distances true across Great Britain (London to Edinburgh is 534 km)', () => {
    const km = distance(projectLatLon(LONDON), projectLatLon(EDINBURGH)) / UNITS_PER_KM;
    expect(km).toBeGreaterThan(530);
    expect(km).toBeLessThan(538);
  });

  it('is fixed, not fitted to the data: the same point always lands in the same place', () => {
    expect(projectLatLon(LONDON)).toEqual(projectLatLon({ ...LONDON }));
    const origin = projectLatLon({ lat: 54.5, lon: -2 });
    expect(Math.abs(origin.x)).toBeLessThan(1e-6);
    expect(Math.abs(origin.y)).toBeLessThan(1e-6);
  });
});
