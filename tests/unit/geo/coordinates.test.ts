import { describe, expect, it } from 'vitest';
import { placesOf, usableLatLon } from '../../../shared/geo';
import { person, phone, place } from '../../../renderer/dev/factories';

describe('which coordinates are usable', () => {
  it('accepts a point in the UK', () => {
    expect(usableLatLon({ lat: 53.4808, lon: -2.2426 })).toEqual({
      usable: true,
      latLon: { lat: 53.4808, lon: -2.2426 },
    });
  });

  it.each([
    ['missing', {}],
    ['half there', { lat: 53.4 }],
    ['not numbers', { lat: '53.4', lon: '-2.2' }],
    ['NaN', { lat: Number.NaN, lon: -2.2 }],
    ['infinite', { lat: 53.4, lon: Number.POSITIVE_INFINITY }],
    ['0,0 from an empty cell', { lat: 0, lon: 0 }],
    ['latitude and longitude swapped', { lat: -2.2426, lon: 53.4808 }],
  ])('refuses coordinates that are %s', (_, raw) => {
    expect(usableLatLon(raw).usable).toBe(false);
  });
});

describe('places of a workspace', () => {
  it('reads the coordinates recorded on locations and nothing else', () => {
    const places = placesOf([
      place('ent_a', 'Flat 1', { lat: 52.5, lon: -1.9 }),
      place('ent_b', 'No coordinates'),
      place('ent_c', 'Half', { lat: 52.5 }),
      person('ent_d', 'Someone'),
      phone('ent_e', 'A phone', '+447700900123'),
    ]);
    expect([...places.keys()]).toEqual(['ent_a', 'ent_c']);
    expect(places.get('ent_c')).toEqual({ lat: 52.5, lon: undefined });
  });
});
