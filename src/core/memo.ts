/**
 * A per-process cache for a pure function of a string. Inputs repeat across documents (names,
 * words); the cache is emptied when it grows past `limit`, so it never holds a corpus.
 */
export function memoizeString<T>(compute: (input: string) => T, limit = 50_000): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    let value = cache.get(input);
    if (value === undefined) {
      value = compute(input);
      if (cache.size > limit) cache.clear();
      cache.set(input, value);
    }
    return value;
  };
}
