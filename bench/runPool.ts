/** Runs async work over items with a fixed number of concurrent workers (a promise pool). */
export async function runPool<T>(
  items: Iterable<T> | AsyncIterable<T>,
  workers: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  // Workers pull from one shared iterator, so an item is taken exactly once and order is kept within a worker.
  const worker = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: workers }, worker));
}
