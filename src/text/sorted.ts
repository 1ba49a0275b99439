/**
 * Searching sorted lists (positions in a text, coordinates on a page): one
 * binary search for every reader that asks "how many come before x".
 */

/**
 * How many elements at the start of `list` pass `ok`, where `ok` holds on a
 * prefix of the list (true, …, true, false, …): the index of the first that
 * fails, in log time.
 */
export function prefixLength<T>(list: ArrayLike<T>, ok: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
