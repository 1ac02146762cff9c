/**
 * Numbers in data cells: `12000`, `-3.5`, `1e3`, `45%` (→ 45), and in `;`-separated files a decimal comma
 * (`12,5`), as spreadsheets in many locales write it. Thin and ordinary spaces between digit groups are allowed.
 */

/** The number a cell holds, or null when it holds something else. */
export function cellNumber(cell: string, decimalComma: boolean): number | null {
  let text = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text.endsWith('%')) text = text.slice(0, -1);
  if (decimalComma && /^[-+]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
