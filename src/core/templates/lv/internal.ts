import type { MapTemplate } from '../templateTypes';

/** Iekšējais process (internal, latviski): darbinieka ceļš ar atbildīgajiem un sistēmām aizkulisēs. */
export const internalTemplateLv: MapTemplate = {
  id: 'internal.lv',
  lang: 'lv',
  label: 'Iekšējais process (darbinieka ceļš)',
  description: 'Darbinieka ceļš caur iekšēju procesu ar komandām un sistēmām aiz katra soļa.',
  text: `# Iekšējā procesa karte: “klients” šeit ir darbinieks.
cjm: 1
title: Jauna darbinieka ievadīšana darbā
lang: lv
type: internal
owner: Personāla operācijas

personas:
  - id: hire
    name: Jauns izstrādātājs
    goals: [Kaut ko palaist jau pirmajā nedēļā]
    frustrations: [Piekļuvju gaidīšana]

channels:
  - { id: email, name: E-pasts, kind: email }
  - { id: portal, name: Personāla portāls, kind: web }
  - { id: chat, name: Komandas tērzētava, kind: chat }
  - { id: office, name: Birojs, kind: store }

# Savas rindas: papildu rindas, ko katrs posms aizpilda savā lanes:.
lanes:
  - id: checklist
    name: Kontrolsaraksts
    color: "#2f9e44"

stages:
  - id: offer
    name: Piedāvājums pieņemts
    emotion: 2
    touchpoints:
      - id: welcome-mail
        name: Sveiciena e-pasts
        channel: email
        personas: [hire]
        emotion: 2
        owner: Atlase
    # backstage: tas, ko darbinieks neredz
    backstage: { owners: [Atlase], systems: [Kandidātu atlases sistēma] }
    lanes: { checklist: [Līgums parakstīts, Sākuma datums noteikts] }

  - id: first-day
    name: Pirmā diena
    emotion: 0
    pains: [Dators nav gatavs]
    touchpoints:
      - id: desk
        name: Darba vieta un datora saņemšana
        channel: office
        emotion: -1
        moment-of-truth: true
        pains: [Datorā trūkst izstrādes rīku]
        opportunities: [Nosūtīt datoru uz mājām nedēļu iepriekš]
        owner: IT atbalsta dienests
      - id: hr-forms
        name: Personāla veidlapas
        channel: portal
        emotion: -1
        pains: [Tie paši dati prasīti trīs reizes]
        owner: Personāla operācijas
    backstage: { owners: [IT atbalsta dienests, Saimniecības daļa], systems: [Ierīču pārvaldība], processes: [Datora sagatavošana] }
    lanes: { checklist: [Caurlaide izsniegta, Dators izsniegts] }
    metrics:
      - { id: access-hours, name: Stundas līdz visām piekļuvēm, value: 30, target: 8, unit: h }

  - id: first-week
    name: Pirmā nedēļa
    emotion: 1
    touchpoints:
      - id: buddy
        name: Iepazīšanās ar mentoru
        channel: chat
        emotion: 2
        owner: Izstrādes vadītāji
      - id: first-pr
        name: Pirmais pull request apvienots
        channel: chat
        emotion: 2
        opportunities: [Uzturēt sarakstu ar uzdevumiem iesācējiem]
        owner: Izstrādes vadītāji
    backstage: { owners: [Izstrādes vadītāji] }
    lanes: { checklist: [Piekļuve repozitorijam, Pirmais uzdevums piešķirts] }

  - id: probation
    name: Pārbaudes laika beigas
    emotion: 1
    touchpoints:
      - id: review
        name: Pārbaudes laika noslēguma saruna
        channel: office
        emotion: 1
        moment-of-truth: true
        pains: [Mērķi nekad netika pierakstīti]
        opportunities: [Vienoties par trim mērķiem pirmajā nedēļā]
        owner: Izstrādes vadītāji
      - id: survey
        name: Aptauja par ievadīšanu darbā
        channel: portal
        emotion: 0
        owner: Personāla operācijas
    lanes: { checklist: [Saruna notikusi, Aptauja aizpildīta] }
    metrics:
      - { id: retention, name: Joprojām ar mums pēc 6 mēnešiem, value: 88, target: 95, unit: "%" }
`,
};
