// A list page's state (filters, sorting, page) kept in the URL's query parameters, so a view can be bookmarked,
// shared and revisited with Back. A page describes its state once, one codec per field; reading is lenient
// (unknown or malformed values fall back to the default) and writing leaves defaults out to keep URLs short.
// Pure: no Angular, so the unit tests run without a browser.
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_MAX } from './list-paging';

/** The part of the router's ParamMap that the codecs read. */
export interface QueryParamReader {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** What the router takes as queryParams; null leaves a parameter out. */
export type QueryParams = Record<string, string | number | readonly string[] | null>;

/** One piece of state and the query parameters it lives in. */
export interface ParamCodec<V> {
  read(params: QueryParamReader): V;
  write(value: V): QueryParams;
}

export type ListSchema<S> = { readonly [K in keyof S]: ParamCodec<S[K]> };
export type ListStateOf<Schema> = { -readonly [K in keyof Schema]: Schema[K] extends ParamCodec<infer V> ? V : never };

/** A whole list's state: itself a codec, plus comparisons made through the URL. */
export interface ListCodec<S> extends ParamCodec<S> {
  same(a: S, b: S): boolean;
  /** Whether any of these fields is not at its default, e.g. to offer "Nulstil filtre". */
  anySet(values: Partial<S>, fields: readonly (keyof S)[]): boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

function positiveInt(value: string | null, max: number): number | null {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 ? Math.min(parsed, max) : null;
}

function matching(value: string | null, pattern: RegExp): string | null {
  return value && pattern.test(value) ? value : null;
}

/** Free text such as a search, cut to the length the API accepts. */
export const textParam = (name: string, maxLength: number): ParamCodec<string> => ({
  read: (params) => (params.get(name) ?? '').slice(0, maxLength),
  write: (value) => ({ [name]: value || null }),
});

/** A checkbox: `?archived=true`. */
export const flagParam = (name: string): ParamCodec<boolean> => ({
  read: (params) => params.get(name) === 'true',
  write: (value) => ({ [name]: value ? 'true' : null }),
});

/** A row id (UUID); anything else is dropped. */
export const idParam = (name: string): ParamCodec<string | null> => ({
  read: (params) => matching(params.get(name), UUID),
  write: (value) => ({ [name]: value }),
});

/** A calendar day, 'YYYY-MM-DD'. */
export const dayParam = (name: string): ParamCodec<string | null> => ({
  read: (params) => matching(params.get(name), ISO_DAY),
  write: (value) => ({ [name]: value }),
});

/** An optional whole number from 1 to max, e.g. "not reviewed for 90 days". */
export const countParam = (name: string, max: number): ParamCodec<number | null> => ({
  read: (params) => positiveInt(params.get(name), max),
  write: (value) => ({ [name]: value }),
});

/**
 * A multiple choice. Reads repeated (`?band=high&band=medium`) and comma-separated (`?band=high,medium`) values,
 * drops unknown ones and keeps the order of `allowed`; writes repeated values.
 */
export function listParam<T extends string>(name: string, allowed: readonly T[]): ParamCodec<T[]> {
  return {
    read: (params) => {
      const given = new Set(params.getAll(name).flatMap((value) => value.split(',')));
      return allowed.filter((value) => given.has(value));
    },
    write: (values) => ({ [name]: values.length > 0 ? [...values] : null }),
  };
}

export const pageParam: ParamCodec<number> = {
  read: (params) => positiveInt(params.get('page'), Number.MAX_SAFE_INTEGER) ?? 1,
  write: (page) => ({ page: page > 1 ? page : null }),
};

export const pageSizeParam = (max = PAGE_SIZE_MAX, fallback = DEFAULT_PAGE_SIZE): ParamCodec<number> => ({
  read: (params) => positiveInt(params.get('pageSize'), max) ?? fallback,
  write: (pageSize) => ({ pageSize: pageSize !== fallback ? pageSize : null }),
});

export type ListSortDirection = 'asc' | 'desc';

export interface ListSort<F extends string> {
  readonly field: F;
  readonly direction: ListSortDirection;
}

export interface SortCodec<F extends string> extends ParamCodec<ListSort<F> | null> {
  /** A click on a sort header; a third click clears Material's sort and returns to the fallback. */
  fromHeader(header: { active: string; direction: ListSortDirection | '' }): ListSort<F> | null;
}

/** `?sort=title&direction=desc`; without a sort in the URL the list is sorted by `fallback` (null: the API's order). */
export function sortParam<F extends string>(fields: readonly F[], fallback: ListSort<F> | null): SortCodec<F> {
  const isFallback = (sort: ListSort<F> | null) =>
    sort === null || (sort.field === fallback?.field && sort.direction === fallback.direction);
  return {
    read: (params) => {
      const sort = params.get('sort');
      const field = isOneOf(fields, sort) ? sort : fallback?.field;
      if (!field) return null;
      const direction = params.get('direction');
      return { field, direction: direction === 'asc' || direction === 'desc' ? direction : (fallback?.direction ?? 'asc') };
    },
    write: (sort) => (sort === null || isFallback(sort) ? { sort: null, direction: null } : { sort: sort.field, direction: sort.direction }),
    fromHeader: ({ active, direction }) => (direction && isOneOf(fields, active) ? { field: active, direction } : fallback),
  };
}

/** The codec of a whole list from one codec per field; `normalise` can repair combinations (dates the wrong way round). */
export function listCodec<S>(schema: ListSchema<S>, normalise: (state: S) => S = (state) => state): ListCodec<S> {
  const keys = Object.keys(schema) as (keyof S)[];
  const write = (values: Partial<S>, only: readonly (keyof S)[]): QueryParams =>
    Object.assign({}, ...only.map((key) => schema[key].write(values[key] as S[keyof S])));
  return {
    read: (params) => {
      const state = {} as S;
      for (const key of keys) state[key] = schema[key].read(params);
      return normalise(state);
    },
    write: (state) => write(state, keys),
    same: (a, b) => JSON.stringify(write(a, keys)) === JSON.stringify(write(b, keys)),
    anySet: (values, fields) => Object.values(write(values, fields)).some((value) => value !== null),
  };
}
