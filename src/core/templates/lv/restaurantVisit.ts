import type { MapTemplate } from '../templateTypes';

/** Restorāna apmeklējums (latviski): no vietas izvēles līdz atsauksmei. */
export const restaurantVisitTemplateLv: MapTemplate = {
  id: 'restaurant-visit.lv',
  lang: 'lv',
  label: 'Restorāna apmeklējums',
  description: 'Izvēlēties, rezervēt, ierasties, pasūtīt, paēst, samaksāt un novērtēt: vakariņas ārpus mājām klātienē un tiešsaistē.',
  text: `# Restorāna apmeklējums: klātienes saskarsmes punkti (zāle, tālrunis) līdzās tiešsaistes punktiem.
cjm: 1
title: Vakariņas apkaimes restorānā
lang: lv
type: basic
owner: Restorāna vadītājs

personas:
  - id: couple
    name: Pāris randiņā
    goals: [Kluss galdiņš, "Ēdiens, kas ir savas cenas vērts"]
    quote: "Mēs izejam reizi mēnesī, tāpēc visam jābūt labi."

# kind izvēlas ikonu: web | mobile | email | phone | store | social | ads | chat | mail | word-of-mouth | other
channels:
  - { id: maps, name: Atsauksmes karšu lietotnē, kind: web }
  - { id: phone, name: Rezervācija pa tālruni, kind: phone }
  - { id: hall, name: Zāle, kind: store }
  - { id: insta, name: Instagram, kind: social }

stages:
  - id: choose
    name: Vietas izvēle
    thoughts: [Vai atsauksmes ir svaigas?]
    emotion: 0
    touchpoints:
      - id: reviews
        name: Atsauksmes un foto
        channel: maps
        personas: [couple]
        emotion: 1
        opportunities: [Atbildēt uz katru atsauksmi dienas laikā]
        owner: Vadītājs

  - id: book
    name: Galdiņa rezervēšana
    emotion: -1
    pains: [Nav tiešsaistes rezervācijas]   # problēmas un iespējas: posmam vai saskarsmes punktam
    touchpoints:
      - id: call
        name: Rezervācija pa tālruni
        channel: phone
        emotion: -1
        pains: [Pusdienu laikā neviens neceļ klausuli]
        opportunities: [Tiešsaistes rezervācijas logrīks]
        owner: Administrators

  - id: dine
    name: Pie galdiņa
    emotion: 2
    touchpoints:
      - id: greeting
        name: Sagaidīšana pie durvīm
        channel: hall
        emotion: 2
        moment-of-truth: true
        owner: Administrators
      - id: order
        name: Pasūtīšana
        channel: hall
        emotion: 1
        pains: [Ēdienkartē nav norādīti alergēni]
        opportunities: [Alergēnu ikonas ēdienkartē]
        owner: Viesmīļi
      - id: bill
        name: Rēķina apmaksa
        channel: hall
        emotion: 0
        pains: [Ilgi jāgaida karšu termināls]
        owner: Viesmīļi
    metrics:
      # Rādītājs: value un target ir skaitļi, unit ir brīvs teksts.
      - { id: check, name: Vidējais čeks, value: 58, target: 65, unit: EUR }

  - id: after
    name: Pēc apmeklējuma
    emotion: 1
    touchpoints:
      - id: story
        name: Stāsts ar restorāna atzīmi
        channel: insta
        emotion: 2
        opportunities: [Dalīties ar viesu stāstiem]
        owner: Vadītājs
`,
};
