/**
 * Named parameters for a statement with many values: `arg` gives each name its placeholder ($1, $2, ...) to
 * write into the statement, and `values` lists a record of them in that order. The positions are set in one
 * place, the order of `names`, so that neither the statement nor its caller counts them.
 */
export function namedParameters<const N extends string>(
  names: readonly N[],
): { arg: Readonly<Record<N, string>>; values: (record: Readonly<Record<N, unknown>>) => unknown[] } {
  const arg = Object.fromEntries(names.map((name, i) => [name, `$${i + 1}`])) as Record<N, string>;
  return { arg: Object.freeze(arg), values: (record) => names.map((name) => record[name]) };
}
