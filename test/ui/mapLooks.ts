/**
 * What a person sees in the map editor, read off the rendered webview: colours and their contrast, cards that
 * overflow their column, the highlighted item. Functions passed to `evaluate` run in the webview (the host
 * tsconfig has no DOM types, so the elements there are untyped).
 */
import type { Frame, Locator } from 'playwright-core';

/** A colour as sRGB channels 0–255 and alpha 0–1. */
export interface Rgba { r: number; g: number; b: number; a: number }

/** Reads `rgb(…)`/`rgba(…)` as getComputedStyle reports colours. */
export function parseColor(css: string): Rgba {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: m[4] === undefined ? 1 : Number(m[4]) };
}

/** WCAG relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours, 1 … 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour of an element and the background it is painted on: its own, else the first ancestor's
 * that is not transparent (translucent layers are composited over what is below).
 */
export async function paintOf(element: Locator): Promise<{ color: Rgba; background: Rgba }> {
  const [color, layers] = await element.evaluate((el) => {
    const view = el.ownerDocument.defaultView;
    const found: string[] = [];
    for (let n = el; n; n = n.parentElement) found.push(view.getComputedStyle(n).backgroundColor);
    found.push(view.getComputedStyle(el.ownerDocument.documentElement).backgroundColor);
    return [view.getComputedStyle(el).color as string, found as string[]];
  });
  let background: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.map(parseColor).reverse()) {
    background = { r: mix(layer.r, background.r, layer.a), g: mix(layer.g, background.g, layer.a), b: mix(layer.b, background.b, layer.a), a: 1 };
  }
  const fg = parseColor(color);
  return { color: { r: mix(fg.r, background.r, fg.a), g: mix(fg.g, background.g, fg.a), b: mix(fg.b, background.b, fg.a), a: 1 }, background };
}

function mix(top: number, below: number, alpha: number): number {
  return top * alpha + below * (1 - alpha);
}

/**
 * Cards a person cannot read whole: a card wider than its column or reaching past it, or a card whose text is
 * cut off inside it (content wider than the card). Returns `name: why` for each.
 */
export async function overflowingCards(map: Frame): Promise<string[]> {
  return map.locator('.card').evaluateAll((cards) => cards.flatMap((card) => {
    const name = card.querySelector('.card__name')?.textContent ?? '?';
    const box = card.getBoundingClientRect();
    const column = card.closest('.cell')?.getBoundingClientRect();
    const problems: string[] = [];
    if (column && (box.left < column.left - 0.5 || box.right > column.right + 0.5)) {
      problems.push(`${name}: card ${Math.round(box.left)}–${Math.round(box.right)} outside its column ${Math.round(column.left)}–${Math.round(column.right)}`);
    }
    if (card.scrollWidth > card.clientWidth + 1) problems.push(`${name}: content ${card.scrollWidth}px wide in a ${card.clientWidth}px card`);
    return problems;
  }));
}
