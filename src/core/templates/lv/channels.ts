import type { MapTemplate } from '../templateTypes';

/** Kanālu karte (channels, latviski): kuri kanāli nes katru posmu un cik labi. */
export const channelsTemplateLv: MapTemplate = {
  id: 'channels.lv',
  lang: 'lv',
  label: 'Kanālu karte',
  description: 'Kanāli × posmi: kur klients pāriet no kanāla uz kanālu un kur kanāls viņu pieviļ.',
  text: `# Kanālu karte: kartes redaktors vispirms rāda matricu kanāls × posms.
cjm: 1
title: Pieteikšanās automašīnas apkopei
lang: lv
type: channels
owner: Pēcpārdošanas serviss

personas:
  - { id: driver, name: Privāts auto īpašnieks }

# Katru kanālu jāizmanto vismaz vienam saskarsmes punktam (citādi brīdinājums).
channels:
  - { id: search, name: Meklētāja reklāma, kind: ads }
  - { id: web, name: Dīlera vietne, kind: web }
  - { id: phone, name: Servisa tālrunis, kind: phone }
  - { id: email, name: E-pasts, kind: email }
  - { id: garage, name: Servisa pieņemšana, kind: store }
  - { id: whatsapp, name: WhatsApp, kind: chat }

stages:
  - id: need
    name: Rodas vajadzība
    actions: [Ierauga servisa signālu, Meklē autoservisu]
    emotion: -1
    touchpoints:
      - id: service-ad
        name: Reklāma ar apkopes cenu
        channel: search
        personas: [driver]
        emotion: 0
        owner: Mārketings

  - id: book
    name: Pieteikšanās
    actions: [Izvēlas datumu, Apraksta problēmu]
    emotion: 0
    pains: [Tiešsaistē laiki tikai divas nedēļas uz priekšu]
    touchpoints:
      - id: online-booking
        name: Tiešsaistes pieteikuma forma
        channel: web
        emotion: 1
        opportunities: [Rādīt aptuveno cenu jau piesakoties]
        owner: Digitālā komanda
      - id: hotline
        name: Pieteikšanās pa tālruni
        channel: phone
        emotion: -1
        pains: [Strādā tikai 9–17]
        owner: Servisa konsultanti
      - id: confirmation
        name: Pieteikuma apstiprinājums
        channel: email
        emotion: 1
        owner: Digitālā komanda
    metrics:
      - { id: online-share, name: Tiešsaistē pieteiktie, value: 38, target: 60, unit: "%" }

  - id: visit
    name: Auto servisā
    actions: [Atdod atslēgas, Gaida ziņas]
    emotion: -1
    touchpoints:
      - id: reception
        name: Auto pieņemšana
        channel: garage
        emotion: 1
        moment-of-truth: true
        owner: Servisa konsultanti
      - id: extra-work
        name: Papildu darbu saskaņošana
        channel: whatsapp
        emotion: -1
        pains: [Fotogrāfijas atnāk bez cenām]
        opportunities: [Foto ar cenu un pogu “Apstiprināt” vienā ziņā]
        owner: Servisa konsultanti

  - id: pickup
    name: Saņemšana un apmaksa
    emotion: 1
    touchpoints:
      - id: invoice
        name: Rēķins un auto saņemšana
        channel: garage
        emotion: 1
        owner: Kase
      - id: review-request
        name: Lūgums atstāt atsauksmi
        channel: email
        emotion: 0
        opportunities: [Lūgt atsauksmi tikai pēc veiksmīga apmeklējuma]
        owner: Mārketings
`,
};
