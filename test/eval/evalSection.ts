/** One part of `npm run eval`: prints its figures and says how many of its gates (CI floors) failed. */
export interface EvalSection {
  /** Short name, used by `npm run eval -- NAME...` to run only some sections. */
  name: string;
  run(): Promise<{ failedGates: number }>;
}

/** Prints a floor check and returns 1 when it fails (for summing failed gates). */
export function gate(label: string, value: number, floor: number, format: (x: number) => string = pct): number {
  const pass = value >= floor;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${format(value)} (floor ${format(floor)})`);
  return pass ? 0 : 1;
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Prints a ceiling check (a rate that must stay low) and returns 1 when it fails. */
export function gateBelow(label: string, value: number, ceiling: number, format: (x: number) => string = pct): number {
  const pass = value <= ceiling;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: ${format(value)} (ceiling ${format(ceiling)})`);
  return pass ? 0 : 1;
}
