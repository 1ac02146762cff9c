import type { MapTemplate } from './templateTypes';

/** An internal process map: an employee's journey with backstage owners and systems. */
export const internalTemplate: MapTemplate = {
  id: 'internal',
  lang: 'en',
  label: 'Internal (employee) process',
  description: 'An employee journey through an internal process, with the teams and systems behind each step.',
  text: `# An internal process map: the "customer" is an employee.
cjm: 1
title: New employee onboarding
lang: en
type: internal
owner: People operations

personas:
  - id: hire
    name: New developer
    goals: [Ship something in the first week]
    frustrations: [Waiting for access]

channels:
  - { id: email, name: E-mail, kind: email }
  - { id: portal, name: HR portal, kind: web }
  - { id: chat, name: Team chat, kind: chat }
  - { id: office, name: Office, kind: store }

# Custom lanes: extra rows that each stage fills under its own lanes:.
lanes:
  - id: checklist
    name: Checklist items
    color: "#2f9e44"

stages:
  - id: offer
    name: Offer accepted
    emotion: 2
    touchpoints:
      - id: welcome-mail
        name: Welcome e-mail
        channel: email
        personas: [hire]
        emotion: 2
        owner: Recruiting
    # backstage: what the employee does not see
    backstage: { owners: [Recruiting], systems: [Applicant tracking system] }
    lanes: { checklist: [Contract signed, Start date set] }

  - id: first-day
    name: First day
    emotion: 0
    pains: [Laptop not ready]
    touchpoints:
      - id: desk
        name: Desk and laptop pick-up
        channel: office
        emotion: -1
        moment-of-truth: true
        pains: [Laptop image missing dev tools]
        opportunities: [Ship the laptop home a week before]
        owner: IT service desk
      - id: hr-forms
        name: HR forms
        channel: portal
        emotion: -1
        pains: [Same data asked three times]
        owner: People operations
    backstage: { owners: [IT service desk, Facilities], systems: [Device management], processes: [Laptop provisioning] }
    lanes: { checklist: [Badge issued, Laptop issued] }
    metrics:
      - { id: access-hours, name: Hours until all accesses work, value: 30, target: 8, unit: h }

  - id: first-week
    name: First week
    emotion: 1
    touchpoints:
      - id: buddy
        name: Buddy introduction
        channel: chat
        emotion: 2
        owner: Engineering managers
      - id: first-pr
        name: First pull request merged
        channel: chat
        emotion: 2
        opportunities: [Keep a list of starter issues]
        owner: Engineering managers
    backstage: { owners: [Engineering managers] }
    lanes: { checklist: [Repository access, First task assigned] }

  - id: probation
    name: End of probation
    emotion: 1
    touchpoints:
      - id: review
        name: Probation review meeting
        channel: office
        emotion: 1
        moment-of-truth: true
        pains: [Goals never written down]
        opportunities: [Agree three goals in week one]
        owner: Engineering managers
      - id: survey
        name: Onboarding survey
        channel: portal
        emotion: 0
        owner: People operations
    lanes: { checklist: [Review held, Survey answered] }
    metrics:
      - { id: retention, name: Still with us after 6 months, value: 88, target: 95, unit: "%" }
`,
};
