import type { MapTemplate } from './templateTypes';

/** B2B SaaS onboarding: from the trial sign-up to the first renewal. */
export const saasOnboardingTemplate: MapTemplate = {
  id: 'saas-onboarding',
  lang: 'en',
  label: 'B2B SaaS onboarding',
  description: 'A team adopts a SaaS product: trial, set-up, first value, rollout and renewal.',
  text: `# B2B SaaS onboarding: two personas (buyer and user) on one map.
cjm: 1
title: Onboarding a team to a project tracking SaaS
lang: en
description: How a company moves from a free trial to a renewed yearly contract.
type: basic
owner: Customer success
tags: [b2b, onboarding]

personas:
  - id: buyer
    name: Head of operations (buyer)
    goals: [Replace spreadsheets within a quarter]
    frustrations: [Tools nobody ends up using]
  - id: user
    name: Team member (user)
    goals: [Less status reporting]
    frustrations: [Yet another tool to learn]

channels:
  - { id: web, name: Marketing site, kind: web }
  - { id: product, name: Web app, kind: web }
  - { id: email, name: Onboarding e-mails, kind: email }
  - { id: csm, name: Customer success calls, kind: phone }
  - { id: chat, name: In-app chat, kind: chat }

stages:
  - id: trial
    name: Trial sign-up
    goal: See if it fits our process
    emotion: 1
    touchpoints:
      - id: signup
        name: Sign-up form
        channel: web
        personas: [buyer]
        emotion: 1
        opportunities: [Sign in with Google Workspace]
        owner: Growth team
        links: [https://example.com/signup]   # web links open from the map
    metrics:
      - { id: trials, name: Trials started, value: 840, target: 1000 }

  - id: setup
    name: Workspace set-up
    goal: Import projects and invite the team
    emotion: -1
    pains: [CSV import fails on dates]
    touchpoints:
      - id: import
        name: Spreadsheet import
        channel: product
        personas: [buyer]
        emotion: -2
        moment-of-truth: true
        pains: [Date formats rejected, No preview before import]
        opportunities: [Preview with column mapping]
        owner: Import squad
      - id: invite
        name: Team invitation e-mail
        channel: email
        personas: [user]
        emotion: 0
        owner: Growth team
    metrics:
      # Same metric id as the stage before: the map shows the conversion between them.
      - { id: trials, name: Trials with data imported, value: 390, target: 700 }

  - id: first-value
    name: First value
    goal: Run a weekly meeting from the board
    emotion: { buyer: 1, user: 1 }
    touchpoints:
      - id: board
        name: Weekly status board
        channel: product
        emotion: 2
        owner: Core product
      - id: help-chat
        name: Question in chat
        channel: chat
        personas: [user]
        emotion: 1
        owner: Support

  - id: rollout
    name: Rollout
    goal: All teams on the tool
    emotion: 0
    touchpoints:
      - id: kickoff
        name: Rollout kickoff call
        channel: csm
        personas: [buyer]
        emotion: 1
        opportunities: [Share a rollout plan template]
        owner: Customer success
    backstage: { owners: [Customer success], systems: [CRM, Product analytics] }

  - id: renewal
    name: Renewal
    goal: Justify the cost to finance
    emotion: -1
    pains: [No usage report to show finance]
    touchpoints:
      - id: renewal-call
        name: Renewal review
        channel: csm
        personas: [buyer]
        emotion: 0
        moment-of-truth: true
        opportunities: [An automatic value report before renewal]
        owner: Account management
    metrics:
      - { id: trials, name: Accounts renewed, value: 120, target: 150 }
`,
};
