import type { MapTemplate } from './templateTypes';

/** A channel-focused map: which channels carry each stage, and how well. */
export const channelsTemplate: MapTemplate = {
  id: 'channels',
  lang: 'en',
  label: 'Channel-focused journey',
  description: 'Channels × stages: where customers switch channels and where a channel lets them down.',
  text: `# A channel-focused map: the map editor shows the channel x stage matrix first.
cjm: 1
title: Booking a car service
lang: en
type: channels
owner: Aftersales

personas:
  - { id: driver, name: Private car owner }

# Every channel should be used by at least one touchpoint (else: a warning).
channels:
  - { id: search, name: Search ads, kind: ads }
  - { id: web, name: Dealer website, kind: web }
  - { id: phone, name: Service hotline, kind: phone }
  - { id: email, name: E-mail, kind: email }
  - { id: garage, name: Workshop reception, kind: store }
  - { id: whatsapp, name: WhatsApp, kind: chat }

stages:
  - id: need
    name: Noticing the need
    actions: [Sees the service light, Searches for a garage]
    emotion: -1
    touchpoints:
      - id: service-ad
        name: Service price ad
        channel: search
        personas: [driver]
        emotion: 0
        owner: Marketing

  - id: book
    name: Booking
    actions: [Picks a date, Describes the problem]
    emotion: 0
    pains: [Online slots end two weeks ahead]
    touchpoints:
      - id: online-booking
        name: Online booking form
        channel: web
        emotion: 1
        opportunities: [Show the price estimate while booking]
        owner: Digital team
      - id: hotline
        name: Booking by phone
        channel: phone
        emotion: -1
        pains: [Open only 9-17]
        owner: Service advisors
      - id: confirmation
        name: Booking confirmation
        channel: email
        emotion: 1
        owner: Digital team
    metrics:
      - { id: online-share, name: Bookings made online, value: 38, target: 60, unit: "%" }

  - id: visit
    name: Car at the workshop
    actions: [Hands over the keys, Waits for news]
    emotion: -1
    touchpoints:
      - id: reception
        name: Vehicle reception
        channel: garage
        emotion: 1
        moment-of-truth: true
        owner: Service advisors
      - id: extra-work
        name: Approval of extra work
        channel: whatsapp
        emotion: -1
        pains: [Photos arrive without prices]
        opportunities: ["Photo, price and an approve button in one message"]
        owner: Service advisors

  - id: pickup
    name: Pick-up and payment
    emotion: 1
    touchpoints:
      - id: invoice
        name: Invoice and pick-up
        channel: garage
        emotion: 1
        owner: Cashier
      - id: review-request
        name: Review request
        channel: email
        emotion: 0
        opportunities: [Ask for a review only after a good visit]
        owner: Marketing
`,
};
