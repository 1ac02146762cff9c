import type { MapTemplate } from '../templateTypes';

/** Pasūtījuma noformēšana interneta veikalā (latviski): no groza līdz sūtījumam pie durvīm. */
export const ecommerceCheckoutTemplateLv: MapTemplate = {
  id: 'ecommerce-checkout.lv',
  lang: 'lv',
  label: 'Pirkuma noformēšana interneta veikalā',
  description: 'Grozs, piegāde, apmaksa, apstiprinājums un tiešsaistes pasūtījuma piegāde.',
  text: `# Pirkuma noformēšana. Rādītāji ar vienādu id dažādos posmos dod konversiju.
cjm: 1
title: Pirmais pirkums interneta veikalā
lang: lv
type: basic
owner: Groza komanda

personas:
  - id: anna
    name: Anna, aizņemta mamma
    goals: [Nopirkt visu skolai vienā reizē]
    frustrations: [Slēptas piegādes izmaksas]
  - id: ben
    name: Bruno, atlaižu mednieks
    goals: [Labākā cena ar atlaižu kodu]
    frustrations: ["Atlaižu kodi, kas nestrādā apmaksas brīdī"]

channels:
  - { id: mobile-web, name: Mobilā vietne, kind: web }
  - { id: app, name: Veikala lietotne, kind: mobile }
  - { id: email, name: E-pasts, kind: email }
  - { id: courier, name: Kurjers, kind: other }

stages:
  - id: cart
    name: Grozs
    emotion: 1
    touchpoints:
      - id: cart-page
        name: Groza lapa
        channel: mobile-web
        emotion: { anna: 1, ben: 0 }   # katrai personai savs: šeit līknes šķiras
        pains: [Atlaižu koda lauks paslēpts aiz saites]
        owner: Groza komanda
    metrics:
      - { id: sessions, name: Sesijas ar grozu, value: 10000 }

  - id: delivery
    name: Piegādes veids
    emotion: -1
    touchpoints:
      - id: delivery-choice
        name: Piegādes izvēle
        channel: mobile-web
        emotion: -2
        moment-of-truth: true          # šeit izšķiras, vai klients paliek
        pains: [Piegādes cena pirmo reizi redzama tikai šeit]
        opportunities: [Rādīt piegādes cenu jau produkta lapā]
        owner: Loģistika
    metrics:
      - { id: sessions, name: Sesijas līdz piegādes izvēlei, value: 6200 }

  - id: pay
    name: Apmaksa
    emotion: 0
    touchpoints:
      - id: card-form
        name: Apmaksa ar karti
        channel: mobile-web
        personas: [anna]               # šo punktu iziet tikai Anna
        emotion: 0
        pains: [3-D Secure lapa izskatās pēc cita veikala]
        owner: Maksājumi
      - id: coupon
        name: Atlaižu kods piemērots
        channel: app
        personas: [ben]
        emotion: 1
        opportunities: [Automātiski piemērot izdevīgāko kodu]
        owner: Akcijas
    metrics:
      - { id: sessions, name: Apmaksāti pasūtījumi, value: 4100, target: 5000 }

  - id: after
    name: Pēc pasūtījuma
    emotion: 1
    touchpoints:
      - id: order-mail
        name: Pasūtījuma apstiprinājums
        channel: email
        emotion: 1
        owner: CRM komanda
      - id: parcel
        name: Sūtījums pie durvīm
        channel: courier
        emotion: 2
        pains: [Piegādes logs visas dienas garumā]
        opportunities: [Kurjera izsekošana reāllaikā]
        owner: Loģistika
`,
};
