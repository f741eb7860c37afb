/**
 * How the time of a run grows with its input, measured in one test so that a loaded machine slows both sizes alike
 * (an absolute bound fails under load): the fastest of a few runs at `size` and at four times `size`. A linear pass
 * grows about four times, a quadratic one sixteen (the tests bound it at 12, with room for a loaded machine: 10.5x was
 * seen on a linear pass under six other jobs); `floorMs` keeps a run too short to time from inflating the ratio.
 */
export async function growthOf(
  run: (size: number) => unknown,
  size: number,
  { tries = 3, floorMs = 2 }: { tries?: number; floorMs?: number } = {},
): Promise<number> {
  const fastest = async (n: number): Promise<number> => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < tries; i += 1) {
      const began = performance.now();
      await run(n);
      best = Math.min(best, performance.now() - began);
    }
    return best;
  };
  const small = await fastest(size);
  const large = await fastest(size * 4);
  return large / Math.max(small, floorMs);
}
