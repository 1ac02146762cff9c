import type { MapTemplate } from './templateTypes';

/** An emotion-focused map: the curve of feelings, thoughts and moments of truth. */
export const emotionsTemplate: MapTemplate = {
  id: 'emotions',
  lang: 'en',
  label: 'Emotion-focused journey',
  description: 'The emotional curve across stages: feelings, thoughts and the moments that decide loyalty.',
  text: `# An emotion-focused map: the map editor shows the emotion curve first.
cjm: 1
title: Moving to a new apartment with an internet provider
lang: en
type: emotions
owner: Customer experience team

personas:
  - id: tom
    name: Tom, first-time renter
    quote: "I just need Wi-Fi by Monday."
  - id: lena
    name: Lena, remote worker
    quote: "No internet, no salary."

channels:
  - { id: web, name: Provider website, kind: web }
  - { id: phone, name: Call centre, kind: phone }
  - { id: sms, name: SMS updates, kind: chat }
  - { id: tech, name: Technician visit, kind: other }

stages:
  - id: order
    name: Order
    thoughts: [Which plan do I actually need?]
    # One score for everyone, or one per persona: { persona-id: score }
    emotion: { tom: 1, lena: 0 }
    touchpoints:
      - id: plan-picker
        name: Plan picker
        channel: web
        emotion: { tom: 1, lena: -1 }
        pains: [Upload speed hidden in small print]
        opportunities: [Plan advice for home office use]
        owner: Sales web

  - id: wait
    name: Waiting for installation
    thoughts: [Did they forget me?, Will I miss the technician?]
    emotion: -1
    touchpoints:
      - id: install-sms
        name: Installation slot SMS
        channel: sms
        emotion: 0
        opportunities: [A live arrival window on the day]
        owner: Field operations
      - id: reschedule-call
        name: Rescheduling call
        channel: phone
        personas: [lena]
        emotion: -2
        moment-of-truth: true
        pains: [25 minutes on hold, Slot moved by a week]
        opportunities: [Reschedule by SMS reply]
        owner: Call centre
    metrics:
      - { id: wait-days, name: Days to installation, value: 9, target: 3, unit: days }

  - id: install
    name: Installation
    thoughts: [Finally!]
    emotion: 2
    touchpoints:
      - id: technician
        name: Technician at the door
        channel: tech
        emotion: 2
        moment-of-truth: true
        opportunities: [Check Wi-Fi coverage in every room]
        owner: Field operations

  - id: first-bill
    name: First bill
    thoughts: [Why is it higher than the offer?]
    emotion: { tom: -1, lena: -1 }
    touchpoints:
      - id: bill-email
        name: First bill e-mail
        channel: web
        emotion: -1
        pains: [Pro-rated first month not explained]
        opportunities: [Explain the first bill line by line]
        owner: Billing
    metrics:
      - { id: calls, name: Billing calls per 100 customers, value: 18, target: 5 }
`,
};
