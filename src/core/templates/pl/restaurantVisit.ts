import type { MapTemplate } from '../templateTypes';

/** Wizyta w restauracji (po polsku): od wyboru miejsca do opinii. */
export const restaurantVisitTemplatePl: MapTemplate = {
  id: 'restaurant-visit.pl',
  lang: 'pl',
  label: 'Wizyta w restauracji',
  description: 'Wybór, rezerwacja, przyjście, zamówienie, kolacja, płatność i opinia: wieczór poza domem, offline i online.',
  text: `# Wizyta w restauracji: punkty styku offline (sala, telefon) obok tych online.
cjm: 1
title: Kolacja w restauracji na osiedlu
lang: pl
type: basic
owner: Kierownik restauracji

personas:
  - id: couple
    name: Para na randce
    goals: [Spokojny stolik, Jedzenie warte swojej ceny]
    quote: "Wychodzimy raz w miesiącu, więc ma być dobrze."

# kind wybiera ikonę: web | mobile | email | phone | store | social | ads | chat | mail | word-of-mouth | other
channels:
  - { id: maps, name: Opinie w mapach, kind: web }
  - { id: phone, name: Rezerwacja telefoniczna, kind: phone }
  - { id: hall, name: Sala, kind: store }
  - { id: insta, name: Instagram, kind: social }

stages:
  - id: choose
    name: Wybór miejsca
    thoughts: [Czy opinie są świeże?]
    emotion: 0
    touchpoints:
      - id: reviews
        name: Opinie i zdjęcia
        channel: maps
        personas: [couple]
        emotion: 1
        opportunities: [Odpowiadać na każdą opinię w ciągu doby]
        owner: Kierownik

  - id: book
    name: Rezerwacja stolika
    emotion: -1
    pains: [Brak rezerwacji online]   # problemy i szanse: przy etapie albo przy punkcie styku
    touchpoints:
      - id: call
        name: Rezerwacja przez telefon
        channel: phone
        emotion: -1
        pains: [W porze lunchu nikt nie odbiera]
        opportunities: [Widżet rezerwacji online]
        owner: Hostessa

  - id: dine
    name: Przy stoliku
    emotion: 2
    touchpoints:
      - id: greeting
        name: Powitanie przy wejściu
        channel: hall
        emotion: 2
        moment-of-truth: true
        owner: Hostessa
      - id: order
        name: Zamówienie
        channel: hall
        emotion: 1
        pains: [W menu brak informacji o alergenach]
        opportunities: [Ikony alergenów w menu]
        owner: Kelnerzy
      - id: bill
        name: Płacenie rachunku
        channel: hall
        emotion: 0
        pains: [Długie czekanie na terminal]
        owner: Kelnerzy
    metrics:
      # Wskaźnik: value i target to liczby, unit to dowolny tekst.
      - { id: check, name: Średni rachunek, value: 240, target: 280, unit: zł }

  - id: after
    name: Po wizycie
    emotion: 1
    touchpoints:
      - id: story
        name: Relacja z oznaczeniem restauracji
        channel: insta
        emotion: 2
        opportunities: [Udostępniać relacje gości]
        owner: Kierownik
`,
};
