import type { MapTemplate } from '../templateTypes';

/** Zakupy w sklepie internetowym (po polsku): od koszyka do paczki pod drzwiami. */
export const ecommerceCheckoutTemplatePl: MapTemplate = {
  id: 'ecommerce-checkout.pl',
  lang: 'pl',
  label: 'Finalizacja zakupu w sklepie internetowym',
  description: 'Koszyk, dostawa, płatność, potwierdzenie i doręczenie zamówienia online.',
  text: `# Finalizacja zakupu. Wskaźniki o tym samym id na różnych etapach dają konwersję.
cjm: 1
title: Pierwsze zakupy w sklepie internetowym
lang: pl
type: basic
owner: Zespół koszyka

personas:
  - id: anna
    name: Ania, zapracowana mama
    goals: [Kupić wszystko do szkoły za jednym razem]
    frustrations: [Ukryte koszty dostawy]
  - id: ben
    name: Bartek, łowca okazji
    goals: [Najlepsza cena z kodem rabatowym]
    frustrations: ["Kody, które przestają działać przy płatności"]

channels:
  - { id: mobile-web, name: Strona mobilna, kind: web }
  - { id: app, name: Aplikacja sklepu, kind: mobile }
  - { id: email, name: E-mail, kind: email }
  - { id: courier, name: Kurier, kind: other }

stages:
  - id: cart
    name: Koszyk
    emotion: 1
    touchpoints:
      - id: cart-page
        name: Strona koszyka
        channel: mobile-web
        emotion: { anna: 1, ben: 0 }   # osobno dla person: tu ich krzywe się rozchodzą
        pains: [Pole na kod rabatowy ukryte pod linkiem]
        owner: Zespół koszyka
    metrics:
      - { id: sessions, name: Sesje z koszykiem, value: 10000 }

  - id: delivery
    name: Wybór dostawy
    emotion: -1
    touchpoints:
      - id: delivery-choice
        name: Wybór sposobu dostawy
        channel: mobile-web
        emotion: -2
        moment-of-truth: true          # tu klient decyduje, czy zostaje
        pains: [Koszt dostawy widoczny dopiero tutaj]
        opportunities: [Pokazywać koszt dostawy na stronie produktu]
        owner: Logistyka
    metrics:
      - { id: sessions, name: Sesje z wyborem dostawy, value: 6200 }

  - id: pay
    name: Płatność
    emotion: 0
    touchpoints:
      - id: card-form
        name: Płatność kartą
        channel: mobile-web
        personas: [anna]               # ten punkt dotyczy tylko Ani
        emotion: 0
        pains: [Strona 3-D Secure wygląda jak inny sklep]
        owner: Płatności
      - id: coupon
        name: Kod rabatowy naliczony
        channel: app
        personas: [ben]
        emotion: 1
        opportunities: [Automatycznie naliczać najkorzystniejszy kod]
        owner: Promocje
    metrics:
      - { id: sessions, name: Opłacone zamówienia, value: 4100, target: 5000 }

  - id: after
    name: Po zamówieniu
    emotion: 1
    touchpoints:
      - id: order-mail
        name: Potwierdzenie zamówienia
        channel: email
        emotion: 1
        owner: Zespół CRM
      - id: parcel
        name: Paczka pod drzwiami
        channel: courier
        emotion: 2
        pains: [Okno doręczenia na cały dzień]
        opportunities: [Śledzenie kuriera na żywo]
        owner: Logistyka
`,
};
