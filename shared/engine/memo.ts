/**
 * Values kept per plan table (docs/engine.md §11). A plan is a value: the app replaces a table (a
 * new array, or a new meta object) when it changes one of its records and keeps the same array
 * otherwise, so whatever depends only on some tables can be computed once and reused for as long
 * as those tables are the same objects: when a what-if slider moves, only the scenarios change.
 * Mutating a table in place after an evaluation is not supported (as for the schema check).
 *
 * Each cache is a WeakMap keyed by the first dependency, holding one entry (the latest) per key,
 * which is used only when every dependency is the very same object as when it was built.
 */

interface Entry<T> {
  deps: readonly unknown[];
  value: T;
}

export type Kept<T> = WeakMap<object, Entry<T>>;

export function kept<T>(): Kept<T> {
  return new WeakMap<object, Entry<T>>();
}

/** The value built from `deps` (objects compared by identity), built only when not kept. */
export function keep<T>(cache: Kept<T>, deps: readonly unknown[], build: () => T): T {
  const key = deps[0] as object;
  const hit = cache.get(key);
  if (hit !== undefined && hit.deps.length === deps.length) {
    let same = true;
    for (let i = 1; i < deps.length; i++) {
      if (hit.deps[i] !== deps[i]) {
        same = false;
        break;
      }
    }
    if (same) return hit.value;
  }
  const value = build();
  cache.set(key, { deps, value });
  return value;
}
