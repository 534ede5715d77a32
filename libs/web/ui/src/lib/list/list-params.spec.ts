import {
  type QueryParamReader,
  type QueryParams,
  countParam,
  dayParam,
  flagParam,
  idParam,
  listCodec,
  listParam,
  pageParam,
  pageSizeParam,
  sortParam,
  textParam,
} from './list-params';

/** A ParamMap over a query string, as the router gives it. */
function params(query: string): QueryParamReader {
  const search = new URLSearchParams(query);
  return { get: (name) => search.get(name), getAll: (name) => search.getAll(name) };
}

/** What the router would put in the address bar. */
function toQuery(written: QueryParams): string {
  return new URLSearchParams(
    Object.entries(written).flatMap(([key, value]) =>
      value === null ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, String(v)]),
    ),
  ).toString();
}

const ID = '0b9c6a8e-2f1d-4c3b-9a7e-5d4c3b2a1f0e';
const KINDS = ['low', 'medium', 'high'] as const;
const FIELDS = ['title', 'score'] as const;

const codec = listCodec({
  q: textParam('q', 10),
  kinds: listParam('kind', KINDS),
  ownerId: idParam('ownerId'),
  archived: flagParam('archived'),
  days: countParam('days', 365),
  from: dayParam('from'),
  sort: sortParam(FIELDS, { field: 'score', direction: 'desc' }),
  page: pageParam,
  pageSize: pageSizeParam(),
});

describe('list state in the URL', () => {
  it('reads defaults from an empty URL and writes nothing for them', () => {
    const state = codec.read(params(''));
    expect(state).toEqual({
      q: '',
      kinds: [],
      ownerId: null,
      archived: false,
      days: null,
      from: null,
      sort: { field: 'score', direction: 'desc' },
      page: 1,
      pageSize: 25,
    });
    expect(toQuery(codec.write(state))).toBe('');
    expect(codec.anySet(state, ['q', 'kinds', 'ownerId', 'archived', 'days', 'from'])).toBe(false);
  });

  it('reads repeated and comma-separated choices in their own order and drops unknown ones', () => {
    expect(codec.read(params('kind=high,bogus&kind=low')).kinds).toEqual(['low', 'high']);
    expect(codec.write(codec.read(params('kind=high,low'))).kind).toEqual(['low', 'high']);
  });

  it('drops malformed values instead of failing', () => {
    const state = codec.read(params('q=a-very-long-search&ownerId=nope&archived=yes&days=0&from=2026-13-01&page=-2&pageSize=1000'));
    expect(state).toMatchObject({ q: 'a-very-lon', ownerId: null, archived: false, days: null, from: null, page: 1, pageSize: 100 });
    expect(codec.read(params('days=9999')).days).toBe(365);
    expect(codec.read(params(`ownerId=${ID}&from=2026-03-01&archived=true`))).toMatchObject({ ownerId: ID, from: '2026-03-01', archived: true });
  });

  it('round-trips through the URL', () => {
    const state = codec.read(params(`q=plan&kind=medium&ownerId=${ID}&days=90&sort=title&direction=asc&page=3&pageSize=50`));
    const again = codec.read(params(toQuery(codec.write(state))));
    expect(again).toEqual(state);
    expect(codec.same(state, again)).toBe(true);
    expect(codec.same(state, { ...state, page: 1 })).toBe(false);
  });

  it('says whether filters are set', () => {
    const filters = ['kinds', 'archived', 'days'] as const;
    expect(codec.anySet({ kinds: [], archived: false, days: null }, filters)).toBe(false);
    expect(codec.anySet({ kinds: ['high'], archived: false, days: null }, filters)).toBe(true);
    expect(codec.anySet({ ...codec.read(params('days=30&page=3')) }, ['kinds'])).toBe(false);
    expect(codec.anySet({ ...codec.read(params('days=30&page=3')) }, filters)).toBe(true);
  });

  it('repairs combinations with normalise', () => {
    const swapped = listCodec({ from: dayParam('from'), to: dayParam('to') }, (s) =>
      s.from && s.to && s.from > s.to ? { from: s.to, to: s.from } : s,
    );
    expect(swapped.read(params('from=2026-04-01&to=2026-03-01'))).toEqual({ from: '2026-03-01', to: '2026-04-01' });
  });
});

describe('sorting in the URL', () => {
  const byScore = sortParam(FIELDS, { field: 'score', direction: 'desc' });
  const unsorted = sortParam(FIELDS, null);

  it('falls back to the default sort, keeping a direction that was given', () => {
    expect(byScore.read(params('sort=bogus'))).toEqual({ field: 'score', direction: 'desc' });
    expect(byScore.read(params('direction=asc'))).toEqual({ field: 'score', direction: 'asc' });
    expect(byScore.read(params('sort=title'))).toEqual({ field: 'title', direction: 'desc' });
    expect(unsorted.read(params('direction=desc'))).toBeNull();
    expect(unsorted.read(params('sort=title'))).toEqual({ field: 'title', direction: 'asc' });
  });

  it('leaves the default out of the URL', () => {
    expect(byScore.write({ field: 'score', direction: 'desc' })).toEqual({ sort: null, direction: null });
    expect(byScore.write({ field: 'score', direction: 'asc' })).toEqual({ sort: 'score', direction: 'asc' });
    expect(unsorted.write(null)).toEqual({ sort: null, direction: null });
    expect(unsorted.write({ field: 'title', direction: 'asc' })).toEqual({ sort: 'title', direction: 'asc' });
  });

  it("follows the sort headers; a third click (Material's empty direction) returns to the default", () => {
    expect(byScore.fromHeader({ active: 'title', direction: 'asc' })).toEqual({ field: 'title', direction: 'asc' });
    expect(byScore.fromHeader({ active: 'title', direction: '' })).toEqual({ field: 'score', direction: 'desc' });
    expect(unsorted.fromHeader({ active: 'title', direction: '' })).toBeNull();
    expect(unsorted.fromHeader({ active: 'bogus', direction: 'asc' })).toBeNull();
  });
});
