/**
 * A full garbage collection on demand, for long exports: V8 lets the heap grow to several times what is live
 * before it collects, so a stream of short-lived rows would raise the peak memory with the length of the export.
 * Collecting every few thousand rows keeps the peak where it is after the first ones.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null = null;

/** Runs a full collection (the flag is turned on once, for this function only). */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
