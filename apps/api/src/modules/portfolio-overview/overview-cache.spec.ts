import { OverviewCache } from './overview-cache';

const overview = (initiatives: number) => JSON.stringify({ initiatives });

describe('OverviewCache', () => {
  it('answers only for the state the overview was computed from', () => {
    const cache = new OverviewCache();
    cache.set('org-a', '2026-11-27/10/42', overview(10));
    expect(cache.get('org-a', '2026-11-27/10/42')).toEqual(overview(10));
    expect(cache.get('org-a', '2026-11-27/10/43')).toBeUndefined();
    expect(cache.get('org-a', '2026-11-28/10/42')).toBeUndefined();
    expect(cache.get('org-b', '2026-11-27/10/42')).toBeUndefined();
  });

  it('keeps the 500 most recently used and evicts the least recently used', () => {
    const cache = new OverviewCache();
    for (let i = 0; i < 500; i++) cache.set(`key-${i}`, 's', overview(i));
    expect(cache.get('key-0', 's')).toEqual(overview(0));
    cache.set('key-500', 's', overview(500));
    // key-0 was used last, so key-1 was the least recently used.
    expect(cache.get('key-1', 's')).toBeUndefined();
    expect(cache.get('key-0', 's')).toEqual(overview(0));
    expect(cache.get('key-500', 's')).toEqual(overview(500));
  });
});
