import type { MapTemplate } from './templateTypes';

/** A restaurant visit: from choosing a place to the review. */
export const restaurantVisitTemplate: MapTemplate = {
  id: 'restaurant-visit',
  lang: 'en',
  label: 'Restaurant visit',
  description: 'Choose, book, arrive, order, eat, pay and review: a dinner out, offline and online.',
  text: `# A restaurant visit: offline touchpoints (store, phone) next to online ones.
cjm: 1
title: Dinner at a neighbourhood restaurant
lang: en
type: basic
owner: Restaurant manager

personas:
  - id: couple
    name: Couple on a date night
    goals: [A quiet table, Food worth the price]
    quote: "We go out once a month, it has to be good."

# kind picks the icon: web | mobile | email | phone | store | social | ads | chat | mail | word-of-mouth | other
channels:
  - { id: maps, name: Map app reviews, kind: web }
  - { id: phone, name: Phone booking, kind: phone }
  - { id: hall, name: Dining room, kind: store }
  - { id: insta, name: Instagram, kind: social }

stages:
  - id: choose
    name: Choosing a place
    thoughts: [Are the reviews recent?]
    emotion: 0
    touchpoints:
      - id: reviews
        name: Reviews and photos
        channel: maps
        personas: [couple]
        emotion: 1
        opportunities: [Answer every review within a day]
        owner: Manager

  - id: book
    name: Booking a table
    emotion: -1
    pains: [No online booking]   # pains and opportunities: on a stage or a touchpoint
    touchpoints:
      - id: call
        name: Phone booking
        channel: phone
        emotion: -1
        pains: [Nobody answers during lunch rush]
        opportunities: [Online booking widget]
        owner: Host

  - id: dine
    name: At the table
    emotion: 2
    touchpoints:
      - id: greeting
        name: Greeting at the door
        channel: hall
        emotion: 2
        moment-of-truth: true
        owner: Host
      - id: order
        name: Ordering
        channel: hall
        emotion: 1
        pains: [Allergens not on the menu]
        opportunities: [Allergen icons on the menu]
        owner: Waiters
      - id: bill
        name: Paying the bill
        channel: hall
        emotion: 0
        pains: [Long wait for the card terminal]
        owner: Waiters
    metrics:
      # A metric: value and target are numbers, unit is free text.
      - { id: check, name: Average bill, value: 58, target: 65, unit: EUR }

  - id: after
    name: After the visit
    emotion: 1
    touchpoints:
      - id: story
        name: Story with a restaurant tag
        channel: insta
        emotion: 2
        opportunities: [Repost guests' stories]
        owner: Manager
`,
};
