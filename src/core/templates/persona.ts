import type { MapTemplate } from './templateTypes';

/** A persona map: one rich persona, their goals and frustrations at every step. */
export const personaTemplate: MapTemplate = {
  id: 'persona',
  lang: 'en',
  label: 'Persona journey',
  description: 'One persona in depth: goals, frustrations and quotes, compared with a second persona.',
  text: `# A persona map: the map editor shows personas and their emotion curves first.
cjm: 1
title: Planning a family holiday
lang: en
type: persona
owner: Travel product team

personas:
  - id: olga
    name: Olga, parent of two
    description: Books one summer holiday a year for a family of four; budget matters.
    goals: [A child-friendly hotel, No surprises in the price]
    frustrations: [Fees added at the last step, Reviews she cannot trust]
    quote: "If the kids are happy, I am happy."
    color: "#d9480f"       # colour of this persona's emotion curve
  - id: janis
    name: Janis, student
    goals: [The cheapest flight]
    frustrations: [Baggage rules]
    quote: "I travel with a backpack only."
    color: "#1971c2"

channels:
  - { id: app, name: Travel app, kind: mobile }
  - { id: email, name: E-mail, kind: email }
  - { id: friends, name: Friends and family, kind: word-of-mouth }
  - { id: support, name: Support chat, kind: chat }

stages:
  - id: inspire
    name: Inspiration
    goal: Choose where to go
    emotion: { olga: 1, janis: 2 }
    touchpoints:
      - id: recommendation
        name: Recommendation from friends
        channel: friends
        personas: [olga]
        emotion: 2
      - id: deals-feed
        name: Deals feed
        channel: app
        personas: [janis]
        emotion: 2
        owner: Growth team

  - id: book
    name: Booking
    goal: Pay once for flights and hotel
    thoughts: [Is the family room really for four?]
    emotion: { olga: -1, janis: 1 }
    touchpoints:
      - id: checkout
        name: Package checkout
        channel: app
        personas: [olga, janis]
        emotion: { olga: -2, janis: 1 }
        moment-of-truth: true
        pains: [Child seats priced only at the end]
        opportunities: [Family price shown from the first screen]
        owner: Booking squad
    metrics:
      - { id: abandon, name: Checkout abandonment, value: 61, target: 40, unit: "%" }

  - id: prepare
    name: Before the trip
    emotion: 0
    touchpoints:
      - id: documents
        name: Travel documents e-mail
        channel: email
        emotion: 1
        owner: Operations
      - id: question
        name: Question about baggage
        channel: support
        personas: [janis]
        emotion: -1
        pains: [Bot cannot answer baggage questions]
        opportunities: [Hand over to a human after one failed answer]
        owner: Support

  - id: return
    name: Coming home
    goal: Share memories, plan the next trip
    emotion: { olga: 1, janis: 1 }
    touchpoints:
      - id: feedback
        name: Trip feedback survey
        channel: email
        personas: [olga, janis]
        emotion: 0
        pains: [Twenty questions for one trip]
        opportunities: [Three questions and a photo upload]
        owner: Customer insights
    metrics:
      - { id: nps, name: Net promoter score, value: 31, target: 45 }
`,
};
