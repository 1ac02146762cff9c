import type { MapTemplate } from '../templateTypes';

/** Mapa kanałów (channels, po polsku): które kanały obsługują każdy etap i jak dobrze. */
export const channelsTemplatePl: MapTemplate = {
  id: 'channels.pl',
  lang: 'pl',
  label: 'Mapa kanałów',
  description: 'Kanały × etapy: gdzie klient zmienia kanał i gdzie kanał go zawodzi.',
  text: `# Mapa kanałów: edytor mapy najpierw pokazuje macierz kanał × etap.
cjm: 1
title: Umówienie samochodu na serwis
lang: pl
type: channels
owner: Obsługa posprzedażowa

personas:
  - { id: driver, name: Prywatny właściciel auta }

# Każdego kanału powinien używać co najmniej jeden punkt styku (inaczej ostrzeżenie).
channels:
  - { id: search, name: Reklama w wyszukiwarce, kind: ads }
  - { id: web, name: Strona dealera, kind: web }
  - { id: phone, name: Infolinia serwisu, kind: phone }
  - { id: email, name: E-mail, kind: email }
  - { id: garage, name: Przyjęcie w serwisie, kind: store }
  - { id: whatsapp, name: WhatsApp, kind: chat }

stages:
  - id: need
    name: Pojawia się potrzeba
    actions: [Widzi kontrolkę serwisu, Szuka warsztatu]
    emotion: -1
    touchpoints:
      - id: service-ad
        name: Reklama z ceną przeglądu
        channel: search
        personas: [driver]
        emotion: 0
        owner: Marketing

  - id: book
    name: Rezerwacja
    actions: [Wybiera termin, Opisuje usterkę]
    emotion: 0
    pains: [Terminy online tylko na dwa tygodnie do przodu]
    touchpoints:
      - id: online-booking
        name: Formularz rezerwacji online
        channel: web
        emotion: 1
        opportunities: [Pokazywać szacunkową cenę przy rezerwacji]
        owner: Zespół cyfrowy
      - id: hotline
        name: Rezerwacja telefoniczna
        channel: phone
        emotion: -1
        pains: [Czynne tylko 9–17]
        owner: Doradcy serwisowi
      - id: confirmation
        name: Potwierdzenie rezerwacji
        channel: email
        emotion: 1
        owner: Zespół cyfrowy
    metrics:
      - { id: online-share, name: Rezerwacje online, value: 38, target: 60, unit: "%" }

  - id: visit
    name: Auto w serwisie
    actions: [Oddaje kluczyki, Czeka na wiadomość]
    emotion: -1
    touchpoints:
      - id: reception
        name: Przyjęcie pojazdu
        channel: garage
        emotion: 1
        moment-of-truth: true
        owner: Doradcy serwisowi
      - id: extra-work
        name: Akceptacja dodatkowych prac
        channel: whatsapp
        emotion: -1
        pains: [Zdjęcia przychodzą bez cen]
        opportunities: [Zdjęcie z ceną i przyciskiem „Akceptuję” w jednej wiadomości]
        owner: Doradcy serwisowi

  - id: pickup
    name: Odbiór i płatność
    emotion: 1
    touchpoints:
      - id: invoice
        name: Faktura i odbiór auta
        channel: garage
        emotion: 1
        owner: Kasa
      - id: review-request
        name: Prośba o opinię
        channel: email
        emotion: 0
        opportunities: [Prosić o opinię tylko po udanej wizycie]
        owner: Marketing
`,
};
