import type { MapTemplate } from '../templateTypes';

/** Emociju karte (emotions, latviski): sajūtu līkne, domas un patiesības brīži. */
export const emotionsTemplateLv: MapTemplate = {
  id: 'emotions.lv',
  lang: 'lv',
  label: 'Emociju karte',
  description: 'Emociju līkne pa posmiem: sajūtas, domas un brīži, kas izšķir lojalitāti.',
  text: `# Emociju karte: kartes redaktors vispirms rāda emociju līkni.
cjm: 1
title: Pārcelšanās un interneta pieslēgšana
lang: lv
type: emotions
owner: Klientu pieredzes komanda

personas:
  - id: tom
    name: Toms, pirmo reizi īrē dzīvokli
    quote: "Man vienkārši vajag Wi-Fi līdz pirmdienai."
  - id: lena
    name: Lena, strādā attālināti
    quote: "Nav interneta, nav algas."

channels:
  - { id: web, name: Pakalpojumu sniedzēja vietne, kind: web }
  - { id: phone, name: Zvanu centrs, kind: phone }
  - { id: sms, name: SMS paziņojumi, kind: chat }
  - { id: tech, name: Tehniķa vizīte, kind: other }

stages:
  - id: order
    name: Pasūtījums
    thoughts: [Kāds plāns man patiesībā vajadzīgs?]
    # Viens vērtējums visiem vai katrai personai savs: { personas-id: vērtējums }
    emotion: { tom: 1, lena: 0 }
    touchpoints:
      - id: plan-picker
        name: Plāna izvēle
        channel: web
        emotion: { tom: 1, lena: -1 }
        pains: [Augšupielādes ātrums sīkajā drukā]
        opportunities: [Plāna ieteikums darbam no mājām]
        owner: Tiešsaistes pārdošana

  - id: wait
    name: Gaidot pieslēgšanu
    thoughts: [Vai par mani aizmirsa?, Vai nepalaidīšu garām tehniķi?]
    emotion: -1
    touchpoints:
      - id: install-sms
        name: SMS ar pieslēgšanas laiku
        channel: sms
        emotion: 0
        opportunities: [Precīzs ierašanās logs vizītes dienā]
        owner: Lauka dienests
      - id: reschedule-call
        name: Zvans par pārcelšanu
        channel: phone
        personas: [lena]
        emotion: -2
        moment-of-truth: true
        pains: [25 minūtes gaidīšanas līnijā, Vizīte pārcelta par nedēļu]
        opportunities: [Pārcelšana ar atbildi uz SMS]
        owner: Zvanu centrs
    metrics:
      - { id: wait-days, name: Dienas līdz pieslēgšanai, value: 9, target: 3, unit: dienas }

  - id: install
    name: Pieslēgšana
    thoughts: [Beidzot!]
    emotion: 2
    touchpoints:
      - id: technician
        name: Tehniķis pie durvīm
        channel: tech
        emotion: 2
        moment-of-truth: true
        opportunities: [Pārbaudīt Wi-Fi pārklājumu katrā istabā]
        owner: Lauka dienests

  - id: first-bill
    name: Pirmais rēķins
    thoughts: [Kāpēc dārgāk nekā piedāvājumā?]
    emotion: { tom: -1, lena: -1 }
    touchpoints:
      - id: bill-email
        name: E-pasts ar pirmo rēķinu
        channel: web
        emotion: -1
        pains: [Nepilnais pirmais mēnesis nav paskaidrots]
        opportunities: [Paskaidrot pirmo rēķinu pa rindiņai]
        owner: Norēķini
    metrics:
      - { id: calls, name: Zvani par rēķiniem uz 100 klientiem, value: 18, target: 5 }
`,
};
