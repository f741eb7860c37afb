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
