import { ClaimdeskError } from '../errors.ts';

/** Whether an error can never succeed on retry: a 404, a refused address, an unparseable feed, bad input. */
export function isPermanent(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && 'permanent' in error) return error.permanent === true;
  if (!(error instanceof ClaimdeskError)) return false;
  return ['unsafe_url', 'feed_parse_error', 'not_found', 'input_error', 'local_input_error'].includes(error.code);
}
