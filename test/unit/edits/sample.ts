/** Maps full of comments and odd formatting, shared by the edit tests. */

/** A block-style map with comments everywhere, blank lines between stages, mixed quoting and a flow list. */
export const COMMENTED = `# Checkout journey — keep comments!
cjm: 1
id: checkout   # map id
title: 'First purchase'
personas:
  - id: anna
    name: "Anna, busy parent"   # quoted on purpose
channels: [ {id: web, name: Website}, {id: app, name: App} ]

stages:
  # ── first stage
  - id: discover
    name: Discover    # column title
    actions: [Searches the web,  Asks friends]
    touchpoints:
      - id: search-ad
        name: Search ad
        channel: web
        emotion: 1
        # note about the ad
      - id: friend
        name: 'Friend''s tip'
        emotion: {anna: -1}

  # ── second stage
  - id: buy
    name: Купить 🛒
    pains:
      - Hidden costs # biggest
      - Slow page

  - id: return
    name: Return
    goal: |
      Come back
      and buy again
`;
