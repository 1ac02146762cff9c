/**
 * Maps the incremental analysis tests start from: generated maps and small hand-written ones with comments,
 * quotes, CRLF line breaks, Cyrillic, a flat `stages:` list, keys after the stages, and problems of every kind.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateMapText } from '../../../bench/generateMap';

const COMMENTED = `# A small map with comments
cjm: 1
title: "Shop: checkout"   # quoted title
personas:
  - id: anna
    name: 'Anna, parent'
channels:
  - { id: web, name: Website }
  - id: app
    name: App
stages:
  # first stage
  - id: discover
    name: Discover
    emotion: 1
    touchpoints:
      - id: ad
        name: Search ad
        channel: web
        personas: [anna]
    # end of discover

  - id: buy   # second
    name: Buy
    description: |
      Pays and waits.
      - not an item
    touchpoints:
      - id: pay
        name: "Pay"
        channel: app
        emotion: { anna: -1 }
# trailing comment
`;

const CYRILLIC_FLAT = `cjm: 1
id: банк
title: Путь клиента
personas:
  - id: ольга
    name: Ольга
channels:
  - { id: сайт, name: Сайт }
stages:
- id: выбор
  name: Выбор карты
  touchpoints:
  - id: страница
    name: Страница карты
    channel: сайт
- id: заявка
  name: Заявка 😀
  touchpoints:
  - id: форма
    name: Форма
    channel: сайт
    personas: [ольга]
lanes:
  - id: риски
    name: Риски
`;

const WITH_PROBLEMS = `cjm: 1
title: Broken
channels:
  - id: web
    name: Web
  - id: unused
    name: Unused
stages:
  - id: a
    name: A
    colour: red
    touchpoints:
      - id: t1
        channel: wbe
        emotion: 5
  - id: a
    touchpoints: []
  - name: No id
    lanes: { nope: [x] }
    emotion: { ghost: 1 }
    touchpoints:
      - id: t1
        name: Again
        metrics:
          - { id: m, name: M, value: x }
          - { id: m, name: M2 }
`;

/** The hand-written samples. */
export const SMALL_MAPS = [COMMENTED, COMMENTED.replace(/\n/g, '\r\n'), CYRILLIC_FLAT, CYRILLIC_FLAT.replace(/\n/g, '\r\n'), WITH_PROBLEMS];

/** The example maps of the repository. */
export function exampleMaps(): string[] {
  const dir = join(__dirname, '..', '..', '..', 'examples');
  return readdirSync(dir).filter((f) => f.endsWith('.cjm.yaml')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Every starting map: the samples, the examples and generated maps of a few sizes. */
export function allStartMaps(): string[] {
  return [...SMALL_MAPS, ...exampleMaps(), generateMapText(3), generateMapText(12), generateMapText(31)];
}
