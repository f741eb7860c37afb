/**
 * How the time of a run grows with its input: the fastest of a few runs at `size` and at four times `size`, taken in
 * turn so that a burst of load slows both sizes alike. Time is this process's CPU time (`process.cpuUsage`), not the
 * wall clock: on a machine shared with other jobs the wall clock counts the time spent waiting for a core, which came
 * in bursts and gave a linear pass 13-26x for 4x the input; CPU time does not count it. A linear pass grows about four
 * times, a quadratic one sixteen (the tests bound it at 12); `floorMs` keeps a run too short to time from inflating the
 * ratio.
 */
export async function growthOf(
  run: (size: number) => unknown,
  size: number,
  { tries = 3, floorMs = 2 }: { tries?: number; floorMs?: number } = {},
): Promise<number> {
  const timed = async (n: number): Promise<number> => {
    const began = process.cpuUsage();
    await run(n);
    const spent = process.cpuUsage(began);
    return (spent.user + spent.system) / 1000;
  };
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i += 1) {
    small = Math.min(small, await timed(size));
    large = Math.min(large, await timed(size * 4));
  }
  return large / Math.max(small, floorMs);
}
