/**
 * A function of a string remembered for the strings it was given, up to `limit` of them; then the memo starts
 * again, so that a long-lived worker's memory stays flat. For pure functions whose results are not changed
 * by their callers.
 */
export function boundedMemo<T>(limit: number, make: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

/**
 * Values remembered by a pair of string keys, up to `limit` pairs; then the memo starts again. Two levels of
 * maps, so that a lookup hashes the strings given (V8 keeps a string's hash) rather than a new one made of both.
 */
export function boundedPairCache<T>(limit: number): (a: string, b: string, make: () => T) => T {
  let known = new Map<string, Map<string, T>>();
  let size = 0;
  return (a, b, make) => {
    let inner = known.get(a);
    let value = inner?.get(b);
    if (value === undefined) {
      value = make();
      if (size >= limit) {
        known = new Map();
        inner = undefined;
        size = 0;
      }
      if (!inner) known.set(a, (inner = new Map()));
      inner.set(b, value);
      size += 1;
    }
    return value;
  };
}
