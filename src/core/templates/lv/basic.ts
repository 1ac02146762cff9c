import type { MapTemplate } from '../templateTypes';

/** Pamata karte (basic, latviski): posmi, darbības, domas, emocijas un saskarsmes punkti. */
export const basicTemplateLv: MapTemplate = {
  id: 'basic.lv',
  lang: 'lv',
  label: 'Klienta ceļa pamata karte',
  description: 'Posmi, darbības, domas, emocijas un saskarsmes punkti: klasiskā klienta ceļa karte.',
  text: `# Klienta ceļa karte. Formāta versija 1 (obligāta).
cjm: 1
title: Pierakstīšanās fitnesa studijā
lang: lv                   # eksporta valoda (rindu nosaukumi, skaitļi): en | ru | pl | lv
description: Kā jaunpienācējs no reklāmas nonāk līdz regulāriem treniņiem reizi nedēļā.
type: basic                # basic | emotions | channels | persona | internal
owner: Abonementu komanda

# Personas: kura ceļš šis ir. Saskarsmes punkti uz tām atsaucas pēc id.
personas:
  - id: maria
    name: Marija, biroja darbiniece
    goals: [Būt formā bez garas braukšanas]
    frustrations: ["Zāles, kas uzspiež gada līgumu"]
    quote: "Man ir brīvi tikai vakari."

# Kanāli: kur klients ar jums sastopas. kind izvēlas ikonu.
channels:
  - { id: social, name: Instagram, kind: social }
  - { id: web, name: Mājaslapa, kind: web }
  - { id: studio, name: Studijas reģistratūra, kind: store }
  - { id: app, name: Pierakstu lietotne, kind: mobile }

# Posmi ir kartes kolonnas, secīgi.
stages:
  - id: aware
    name: Uzzina
    goal: Atrast studiju netālu no darba
    actions: [Ritina sociālos tīklus, Jautā kolēģiem]
    thoughts: [Vai tas ir naudas vērts?]
    emotion: 0             # no -2 (ļoti slikti) līdz +2 (ļoti labi)
    touchpoints:
      - id: insta-post
        name: Sponsorēts ieraksts
        channel: social    # jābūt augstāk deklarēta kanāla id
        personas: [maria]
        emotion: 1
        opportunities: ["Rādīt īstus klientus, nevis modeles"]
        owner: Mārketings

  - id: consider
    name: Apsver
    goal: Salīdzināt cenas un nodarbību grafiku
    actions: [Lasa cenrādi, Pārbauda nodarbību laikus]
    thoughts: [Vai ir vakara nodarbības?]
    emotion: -1
    pains: [Cenas tikai pēc pieprasījuma]
    opportunities: [Publicēt skaidru cenu tabulu]
    metrics:               # value un target ir skaitļi, unit ir brīvs teksts
      - { id: visits, name: Vietnes apmeklējumi, value: 4200, target: 5000, unit: sesijas }
    touchpoints:
      - id: price-page
        name: Cenu lapa
        channel: web
        emotion: -1
        pains: [Nav redzams mēneša abonements]
        owner: Tīmekļa komanda

  - id: trial
    name: Pirmais apmeklējums
    goal: Izmēģināt nodarbību pirms maksāšanas
    actions: [Piesakās bezmaksas nodarbībai, Atnāk uz studiju]
    emotion: 2
    touchpoints:
      - id: trial-booking
        name: Pieteikšanās bezmaksas nodarbībai
        channel: app
        emotion: 1
        owner: Produkts
      - id: welcome
        name: Sagaidīšana reģistratūrā
        channel: studio
        moment-of-truth: true   # šis brīdis izšķir, vai klients paliks
        emotion: 2
        opportunities: [Izrādīt ģērbtuves un skapīšus]
        owner: Studijas darbinieki

  - id: join
    name: Abonements
    goal: Maksāt reizi mēnesī un trenēties divreiz nedēļā
    actions: [Noformē abonementu lietotnē, Ieslēdz atgādinājumus par nodarbībām]
    emotion: 1
    metrics:
      - { id: conversion, name: No izmēģinājuma līdz abonementam, value: 32, target: 45, unit: "%" }
    touchpoints:
      - id: payment
        name: Ikmēneša maksājums
        channel: app
        emotion: 0
        pains: [Kartes forma kļūdas gadījumā notīrās]
        opportunities: [Apple Pay un Google Pay]
        owner: Produkts
`,
};
