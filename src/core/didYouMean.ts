/**
 * Did-you-mean: the closest of a set of candidates to a mistyped value, by edit distance, in bounded time
 * whatever the number and length of the candidates.
 */

/** The most edits a suggestion may be away from the value, however long the value. */
export const MAX_SUGGESTION_DISTANCE = 5;

/** Work (distance-table cells plus candidates looked at) one candidate set may spend on all its look-ups. */
export const SUGGESTION_BUDGET = 500_000;

/** Work spent so far, shared by the look-ups of one candidate set. */
interface Budget {
  left: number;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded by `limit`: any distance
 * above it is returned as `limit + 1`. Common prefix and suffix are skipped, and only the diagonal band of width
 * `2 * limit + 1` is computed, so the cost is about `(length - common) * limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY, budget?: Budget): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return bandedDistance(a.slice(start, endA), b.slice(start, endB), limit, budget);
}

let scratch: Int32Array[] = [];

function scratchRows(length: number): Int32Array[] {
  if (!scratch[0] || scratch[0].length < length) scratch = [0, 1, 2].map(() => new Int32Array(Math.max(length, 64)));
  return scratch;
}

function bandedDistance(a: string, b: string, limit: number, budget?: Budget): number {
  if (a.length === 0 || b.length === 0) return Math.min(Math.max(a.length, b.length), limit + 1);
  const band = Math.min(limit, Math.max(a.length, b.length));
  const over = band + 1;
  // Three rows, reused across calls; cells outside the band read as `over` (set at each row's edges before use).
  let [prevPrev, prev, row] = scratchRows(b.length + 1);
  for (let j = 0; j <= b.length; j++) {
    prevPrev[j] = over;
    prev[j] = j <= band ? j : over;
  }
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    row[from - 1] = from === 1 && i <= band ? i : over;
    if (to < b.length) row[to + 1] = over;
    let rowMin = row[from - 1];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row[j] = Math.min(d, over);
      rowMin = Math.min(rowMin, row[j]);
    }
    if (budget) budget.left -= to - from + 1;
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length], limit + 1);
}

/** How far a value of this length may be from a suggestion: one edit for short words, a third of longer ones. */
function distanceLimit(length: number): number {
  return Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, Math.floor(length / 3)));
}

/**
 * A set of candidates to suggest from, for many look-ups: each answer is remembered, candidates of a length too
 * different are never compared, and all look-ups together spend at most SUGGESTION_BUDGET (then suggest nothing).
 */
export class SuggestionSet {
  private readonly byLength = new Map<number, { candidate: string; lower: string; order: number }[]>();
  private readonly byLower = new Map<string, string[]>();
  private readonly answers = new Map<string, string | undefined>();
  private readonly budget: Budget;

  constructor(candidates: Iterable<string>, budget = SUGGESTION_BUDGET) {
    this.budget = { left: budget };
    let order = 0;
    for (const candidate of candidates) {
      const lower = candidate.toLowerCase();
      let sameLength = this.byLength.get(lower.length);
      if (!sameLength) this.byLength.set(lower.length, (sameLength = []));
      sameLength.push({ candidate, lower, order: order++ });
      let spelled = this.byLower.get(lower);
      if (!spelled) this.byLower.set(lower, (spelled = []));
      spelled.push(candidate);
    }
  }

  /** The candidate closest to `value` (case-insensitive) when it is a likely typo of it; ties go to the first. */
  closest(value: string): string | undefined {
    if (this.answers.has(value)) return this.answers.get(value);
    const answer = this.search(value);
    this.answers.set(value, answer);
    return answer;
  }

  private search(value: string): string | undefined {
    const needle = value.toLowerCase();
    const sameLetters = this.byLower.get(needle)?.find((candidate) => candidate !== value);
    if (sameLetters !== undefined) return sameLetters;
    const limit = distanceLimit(needle.length);
    let best: { candidate: string; order: number } | undefined;
    let bestDistance = limit + 1;
    for (let length = needle.length - limit; length <= needle.length + limit; length++) {
      for (const entry of this.byLength.get(length) ?? []) {
        if (this.budget.left <= 0) return undefined;
        this.budget.left--;
        if (entry.lower === needle) continue;
        const d = editDistance(needle, entry.lower, Math.min(limit, bestDistance), this.budget);
        if (d < bestDistance || (d === bestDistance && best && entry.order < best.order)) {
          best = entry;
          bestDistance = d;
        }
      }
    }
    return bestDistance <= limit ? best?.candidate : undefined;
  }
}

/** The candidate closest to `value` (case-insensitive), when it is close enough to be a likely typo. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  return new SuggestionSet(candidates).closest(value);
}
