/**
 * Valid maps for the property test of the map editor's ops: comments everywhere, Cyrillic, flow-style stages
 * and lists, block scalars with every chomping indicator, anchors and aliases; each also with CRLF breaks.
 */

/** Block style, comments, Cyrillic, `|`, `|-`, `|+`, `>`, `>-`, `>+`, an empty `[]` and an empty value. */
const BLOCK = `# Путь покупателя — keep comments
cjm: 1
id: checkout
title: Первая покупка   # title
description: >
  Как покупатель
  находит магазин
personas:
  - id: anna
    name: Анна
  - id: ben
    name: Ben
channels:
  - { id: web, name: Сайт }
  - id: app
    name: App
lanes:
  - id: questions
    name: Вопросы
stages:
  # ── first stage
  - id: discover
    name: Поиск
    goal: |
      Найти магазин
      где есть всё
    actions: [Ищет в сети, "Спрашивает: друзей"]
    thoughts:
      - Можно ли доверять?   # doubt
    emotion: 1
    pains: [Too many shops]
    backstage: { owners: [Marketing], systems: [Ads] }
    lanes: { questions: [How did you hear of us?] }
    touchpoints:
      # the ad
      - id: search-ad
        name: Реклама
        channel: web
        emotion: { anna: 1, ben: -1 }
        description: |+
          kept line

      - id: friend
        name: 'Friend''s tip'
        description: >-
          folded
          strip
        emotion: -1
        pains:
          - Slow   # slow
        opportunities: [Ask twice]

  - id: buy
    name: "Купить 🛒"
    goal: >
      Pay quickly
      and leave
    emotion: -2
    opportunities:
      - One-click pay
    touchpoints: []

  - id: return
    name: Return
    description: |-
      Come back
      soon
    goal: >+
      kept folded

    thoughts:
      # why come back
      - Was it worth it?
`;

/** Flow-style stages and touchpoints beside block ones, lists not indented under their key, a file without a final break. */
const FLOW = `cjm: 1
title: Flow style
personas: [{ id: anna, name: Anna }]
channels: [{ id: web, name: Web }]
stages:
- { id: s1, name: Сначала, touchpoints: [], tags: [a, b, c] }
- id: s2
  name: Second
  emotion: { anna: 2 }
  actions: [Looks, Clicks]
  touchpoints:
  - { id: t1, name: One, emotion: 0 }
  - id: t2
    name: Two   # two
    pains: [Slow, "Hard: very"]
- { id: s3, name: Third, touchpoints: [{ id: t3, name: Three, opportunities: [Faster] }] }
- id: s4
  name: Fourth
  description: >+
    keep

  touchpoints:
  - id: t4
    name: Four
    description: |
      literal
  - id: t5
    name: Five`;

/** Anchors and aliases: a shared list, a shared touchpoint map and a merge-free alias of a scalar. */
const ANCHORS = `cjm: 1
title: &title Shared parts
description: *title
personas:
  - id: anna
    name: Anna
stages:
  - id: s1
    name: Search
    pains: &pains [slow, hard]
    touchpoints:
      - id: t1
        name: Ad
        pains: *pains
      - &shared
        id: t2
        name: Shared touchpoint
  - id: s2
    name: Buy   # buy
    thoughts:
      - Fine
    touchpoints:
      - id: t3
        name: Card
        emotion: 1
  - id: s3
    name: Leave
`;

/** Blank lines between stages and touchpoints, quoted keys, comments at the end of the file. */
const SPACED = `cjm: 1
title: "Spaced out"

stages:

  - id: a
    name: A
    touchpoints:

      - id: a1
        name: A one

      - id: a2
        "name": A two
        emotion: 2


  - id: b
    name: B
    pains:
      - p1

      - p2
# the end
`;

/** The maps, each also with CRLF line breaks. */
export const PROPERTY_MAPS: { name: string; text: string }[] = [['block', BLOCK], ['flow', FLOW], ['anchors', ANCHORS], ['spaced', SPACED]]
  .flatMap(([name, text]) => [{ name, text }, { name: `${name} (CRLF)`, text: text.replace(/\n/g, '\r\n') }]);
