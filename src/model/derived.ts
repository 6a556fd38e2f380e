/**
 * The one store of values derived from a notice (its sentences, section parents, the item
 * analysis, transfers, ...), in the manner of markdownlint's `getCached`: each value is
 * computed on first ask and kept with the notice, so it goes away with the notice and nothing
 * of one notice outlives it in a module. The store is a non-enumerable property of the notice
 * made on first use, so the notice stays plain data to JSON, `structuredClone` and deep
 * equality, and a notice built by hand (tests) gets one too.
 */
import type { Notice } from './types.js';

/** A key of the store: its name says what the value is; its type is the value's. */
export interface DerivedKey<T> {
  readonly name: string;
  /** Never set: carries the value's type. */
  readonly __value?: T;
}

/** A key for one derived value; make one per value, at module level, beside its computation. */
export function derivedKey<T>(name: string): DerivedKey<T> {
  return { name };
}

const STORE = Symbol('noticelint.derived');

type Stored = { [STORE]?: Map<DerivedKey<unknown>, unknown> };

function storeOf(notice: Notice): Map<DerivedKey<unknown>, unknown> {
  const holder = notice as Notice & Stored;
  let store = holder[STORE];
  if (!store) {
    store = new Map();
    Object.defineProperty(holder, STORE, { value: store, enumerable: false, writable: false, configurable: false });
  }
  return store;
}

/** The notice's value under `key`, computed by `compute` on first ask and kept with the notice. */
export function getCached<T>(notice: Notice, key: DerivedKey<T>, compute: (notice: Notice) => T): T {
  const store = storeOf(notice);
  if (store.has(key)) return store.get(key) as T;
  const value = compute(notice);
  store.set(key, value);
  return value;
}
