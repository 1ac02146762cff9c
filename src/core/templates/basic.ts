import type { MapTemplate } from './templateTypes';

/** A basic map: stages with actions, thoughts, emotions and touchpoints. */
export const basicTemplate: MapTemplate = {
  id: 'basic',
  lang: 'en',
  label: 'Basic journey',
  description: 'Stages, actions, thoughts, emotions and touchpoints: the classic customer journey map.',
  text: `# A customer journey map. Format version 1 (required).
cjm: 1
title: Signing up for a fitness studio
lang: en                   # language of exports (lane titles, numbers): en | ru | pl | lv
description: How a newcomer goes from seeing an ad to a regular weekly visit.
type: basic                # basic | emotions | channels | persona | internal
owner: Membership team

# Personas: whose journey this is. Touchpoints name them by id.
personas:
  - id: maria
    name: Maria, office worker
    goals: [Get fit without long commutes]
    frustrations: [Gyms that push yearly contracts]
    quote: "I only have evenings."

# Channels: where the customer meets you. kind picks the icon.
channels:
  - { id: social, name: Instagram, kind: social }
  - { id: web, name: Website, kind: web }
  - { id: studio, name: Studio front desk, kind: store }
  - { id: app, name: Booking app, kind: mobile }

# Stages are the columns of the map, in order.
stages:
  - id: aware
    name: Awareness
    goal: Find a studio close to work
    actions: [Scrolls social media, Asks colleagues]
    thoughts: [Is it worth the money?]
    emotion: 0             # -2 (very negative) .. +2 (very positive)
    touchpoints:
      - id: insta-post
        name: Sponsored post
        channel: social    # must be a channel id declared above
        personas: [maria]
        emotion: 1
        opportunities: ["Show real members, not models"]
        owner: Marketing

  - id: consider
    name: Consideration
    goal: Compare prices and schedules
    actions: [Reads the price list, Checks class times]
    thoughts: [Are there evening classes?]
    emotion: -1
    pains: [Prices only on request]
    opportunities: [Publish a clear price table]
    metrics:               # value and target are numbers; unit is free text
      - { id: visits, name: Site visits, value: 4200, target: 5000, unit: sessions }
    touchpoints:
      - id: price-page
        name: Prices page
        channel: web
        emotion: -1
        pains: [No monthly option visible]
        owner: Web team

  - id: trial
    name: First visit
    goal: Try a class before paying
    actions: [Books a free trial, Visits the studio]
    emotion: 2
    touchpoints:
      - id: trial-booking
        name: Free trial booking
        channel: app
        emotion: 1
        owner: Product
      - id: welcome
        name: Welcome at the desk
        channel: studio
        moment-of-truth: true   # this moment decides whether they stay
        emotion: 2
        opportunities: [Offer a locker tour]
        owner: Studio staff

  - id: join
    name: Membership
    goal: Pay once a month and go twice a week
    actions: [Signs up in the app, Sets class reminders]
    emotion: 1
    metrics:
      - { id: conversion, name: Trial to member, value: 32, target: 45, unit: "%" }
    touchpoints:
      - id: payment
        name: Monthly payment
        channel: app
        emotion: 0
        pains: [Card form resets on error]
        opportunities: [Apple Pay and Google Pay]
        owner: Product
`,
};
