import type { MapTemplate } from './templateTypes';

/** A bank across branch, app and web: opening an account and getting a card. */
export const bankOmnichannelTemplate: MapTemplate = {
  id: 'bank-omnichannel',
  lang: 'en',
  label: 'Bank: branch, app and web',
  description: 'Opening an account across a branch, the mobile app and the website, to the first card payment.',
  text: `# A bank journey across channels. Text in any language works: names, pains, quotes.
cjm: 1
title: Opening a current account
lang: en
type: channels
owner: Retail banking

personas:
  - id: senior
    name: Retiree who trusts branches
    quote: "Man vajag redzēt cilvēku, ne ekrānu."
    frustrations: [Small fonts in the app]
  - id: student
    name: Student, mobile only
    frustrations: [Visiting a branch at all]

channels:
  - { id: web, name: Bank website, kind: web }
  - { id: app, name: Mobile app, kind: mobile }
  - { id: branch, name: Branch, kind: store }
  - { id: hotline, name: Hotline, kind: phone }
  - { id: post, name: Letter, kind: mail }

stages:
  - id: compare
    name: Comparing offers
    emotion: 0
    touchpoints:
      - id: tariffs
        name: Account tariffs page
        channel: web
        emotion: { senior: -1, student: 1 }   # one score per persona id
        pains: [Fees spread over three PDFs]
        opportunities: [One fee calculator]
        owner: Digital sales

  - id: apply
    name: Application
    emotion: -1
    touchpoints:
      - id: branch-visit
        name: Consultation at the branch
        channel: branch
        personas: [senior]        # without personas: every persona
        emotion: 1
        owner: Branch network
      - id: video-id
        name: Video identification
        channel: app
        personas: [student]
        emotion: -1
        moment-of-truth: true
        pains: [Fails in poor light, No retry without a new application]
        opportunities: [Retry from the same step]
        owner: Onboarding squad
    metrics:
      - { id: apps, name: Applications completed, value: 71, target: 85, unit: "%" }

  - id: card
    name: Getting the card
    emotion: 0
    touchpoints:
      - id: pin-letter
        name: Card and PIN letter
        channel: post
        personas: [senior]
        emotion: 0
        owner: Card operations
      - id: virtual-card
        name: Virtual card in the app
        channel: app
        personas: [student]
        emotion: 2
        owner: Cards squad
    # backstage: systems and processes the customer never sees
    backstage: { systems: [Card management system], processes: [Card embossing] }

  - id: use
    name: First use
    emotion: 1
    touchpoints:
      - id: first-payment
        name: First card payment
        channel: app
        emotion: 1
        owner: Cards squad
      - id: help-call
        name: Call about a blocked payment
        channel: hotline
        personas: [senior]
        emotion: -2
        pains: [Card blocked by fraud checks without notice]
        opportunities: [Push notification with a one-tap unblock]
        owner: Fraud team
`,
};
