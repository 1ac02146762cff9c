import type { MapTemplate } from '../templateTypes';

/** B2B SaaS ieviešana (latviski): no izmēģinājuma reģistrācijas līdz pirmajai atjaunošanai. */
export const saasOnboardingTemplateLv: MapTemplate = {
  id: 'saas-onboarding.lv',
  lang: 'lv',
  label: 'B2B SaaS ieviešana',
  description: 'Komanda ievieš SaaS produktu: izmēģinājums, iestatīšana, pirmais ieguvums, ieviešana un atjaunošana.',
  text: `# B2B SaaS ieviešana: divas personas (pircējs un lietotājs) vienā kartē.
cjm: 1
title: Projektu uzskaites rīka ieviešana klienta komandā
lang: lv
description: Kā uzņēmums no bezmaksas izmēģinājuma nonāk līdz gada līguma atjaunošanai.
type: basic
owner: Klientu panākumu komanda
tags: [b2b, ieviešana]

personas:
  - id: buyer
    name: Operāciju vadītājs (pircējs)
    goals: [Ceturkšņa laikā atteikties no izklājlapām]
    frustrations: ["Rīki, kurus galu galā neviens neizmanto"]
  - id: user
    name: Komandas biedrs (lietotājs)
    goals: [Mazāk statusa atskaišu]
    frustrations: ["Vēl viens rīks, kas jāapgūst"]

channels:
  - { id: web, name: Produkta vietne, kind: web }
  - { id: product, name: Tīmekļa lietotne, kind: web }
  - { id: email, name: Ievadīšanas e-pasti, kind: email }
  - { id: csm, name: Zvani ar klientu panākumu komandu, kind: phone }
  - { id: chat, name: Tērzēšana lietotnē, kind: chat }

stages:
  - id: trial
    name: Reģistrācija izmēģinājumam
    goal: Saprast, vai rīks der mūsu procesam
    emotion: 1
    touchpoints:
      - id: signup
        name: Reģistrācijas forma
        channel: web
        personas: [buyer]
        emotion: 1
        opportunities: [Pieteikšanās ar Google Workspace]
        owner: Izaugsmes komanda
        links: [https://example.com/signup]   # tīmekļa saites atveras tieši no kartes
    metrics:
      - { id: trials, name: Sākti izmēģinājumi, value: 840, target: 1000 }

  - id: setup
    name: Darba vietas iestatīšana
    goal: Importēt projektus un uzaicināt komandu
    emotion: -1
    pains: [CSV imports neizdodas datumu dēļ]
    touchpoints:
      - id: import
        name: Imports no izklājlapas
        channel: product
        personas: [buyer]
        emotion: -2
        moment-of-truth: true
        pains: [Datumu formāti tiek noraidīti, Nav priekšskatījuma pirms importa]
        opportunities: [Priekšskatījums ar kolonnu sasaisti]
        owner: Importa komanda
      - id: invite
        name: Uzaicinājuma e-pasts komandai
        channel: email
        personas: [user]
        emotion: 0
        owner: Izaugsmes komanda
    metrics:
      # Tas pats rādītāja id kā iepriekšējā posmā: karte parāda konversiju starp tiem.
      - { id: trials, name: Izmēģinājumi ar importētiem datiem, value: 390, target: 700 }

  - id: first-value
    name: Pirmais ieguvums
    goal: Vadīt iknedēļas sapulci no dēļa
    emotion: { buyer: 1, user: 1 }
    touchpoints:
      - id: board
        name: Nedēļas statusa dēlis
        channel: product
        emotion: 2
        owner: Produkta kodola komanda
      - id: help-chat
        name: Jautājums tērzēšanā
        channel: chat
        personas: [user]
        emotion: 1
        owner: Atbalsts

  - id: rollout
    name: Ieviešana
    goal: Visas komandas lieto rīku
    emotion: 0
    touchpoints:
      - id: kickoff
        name: Ieviešanas sākuma zvans
        channel: csm
        personas: [buyer]
        emotion: 1
        opportunities: [Dalīties ar ieviešanas plāna veidni]
        owner: Klientu panākumu komanda
    backstage: { owners: [Klientu panākumu komanda], systems: [CRM, Produkta analītika] }

  - id: renewal
    name: Atjaunošana
    goal: Pamatot izmaksas finanšu nodaļai
    emotion: -1
    pains: [Nav lietojuma atskaites finansistiem]
    touchpoints:
      - id: renewal-call
        name: Atjaunošanas pārskats
        channel: csm
        personas: [buyer]
        emotion: 0
        moment-of-truth: true
        opportunities: [Automātiska ieguvumu atskaite pirms atjaunošanas]
        owner: Klientu vadība
    metrics:
      - { id: trials, name: Atjaunoti konti, value: 120, target: 150 }
`,
};
