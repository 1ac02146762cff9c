/**
 * Deterministic generator of realistic journey maps of a given size, for benchmarks (and fuzz seeds).
 * `generateMapText(n)` always returns the same text for the same n: about 240 characters per touchpoint.
 */

const CHANNELS = [['web', 'Website', 'web'], ['app', 'Mobile app', 'mobile'], ['email', 'Email', 'email'],
  ['phone', 'Call centre', 'phone'], ['store', 'Store', 'store']] as const;
const PERSONAS = [['anna', 'Anna, busy parent'], ['ben', 'Ben, student'], ['chloé', 'Chloé, returning customer']] as const;
const WORDS = ['search', 'compare', 'basket', 'delivery', 'payment', 'review', 'support', 'refund', 'account', 'offer',
  'reminder', 'tracking', 'invoice', 'coupon', 'chat', 'survey'];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid map with `touchpointCount` touchpoints in stages of ten, as YAML text; the same text for the same count. */
export function generateMapText(touchpointCount: number): string {
  const next = random(touchpointCount + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const out: string[] = ['cjm: 1', `id: generated-${touchpointCount}`, `title: Generated journey with ${touchpointCount} touchpoints`,
    'owner: Benchmarks', 'personas:'];
  for (const [id, name] of PERSONAS) out.push(`  - id: ${id}`, `    name: ${name}`);
  out.push('channels:');
  for (const [id, name, kind] of CHANNELS) out.push(`  - { id: ${id}, name: ${name}, kind: ${kind} }`);
  out.push('lanes:', '  - id: notes', '    name: Notes', 'stages:');
  const stageCount = Math.max(1, Math.ceil(touchpointCount / 10));
  for (let s = 0; s < stageCount; s++) {
    out.push(`  - id: stage-${s}`, `    name: Stage ${s + 1} — ${pick(WORDS)}`, `    goal: Get the ${pick(WORDS)} done`,
      `    emotion: ${Math.floor(next() * 5) - 2}`, `    lanes: { notes: [Note about ${pick(WORDS)}] }`, '    touchpoints:');
    const first = s * 10;
    for (let t = first; t < Math.min(touchpointCount, first + 10); t++) out.push(...touchpoint(t, next, pick));
  }
  return `${out.join('\n')}\n`;
}

function touchpoint(t: number, next: () => number, pick: <T>(list: readonly T[]) => T): string[] {
  const lines = [`      - id: tp-${t}`, `        name: ${capitalise(pick(WORDS))} ${pick(WORDS)} no. ${t}`,
    `        channel: ${CHANNELS[t % CHANNELS.length][0]}`];
  if (t % 3 === 0) lines.push(`        personas: [${pick(PERSONAS)[0]}, ${PERSONAS[t % PERSONAS.length][0]}]`.replace(/\[(\S+), \1\]/, '[$1]'));
  lines.push(t % 4 === 0 ? `        emotion: { anna: ${Math.floor(next() * 5) - 2}, ben: ${Math.floor(next() * 5) - 2} }`
    : `        emotion: ${Math.floor(next() * 5) - 2}`);
  lines.push(`        pains: [The ${pick(WORDS)} step is slow, No ${pick(WORDS)} option]`);
  if (t % 5 === 0) lines.push('        metrics:', `          - { id: conversion, name: Conversion, value: ${Math.floor(next() * 100)}, target: 90, unit: "%" }`);
  return lines;
}

function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
