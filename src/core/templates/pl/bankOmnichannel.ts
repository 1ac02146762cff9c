import type { MapTemplate } from '../templateTypes';

/** Bank w oddziale, aplikacji i na stronie (po polsku): otwarcie konta i odbiór karty. */
export const bankOmnichannelTemplatePl: MapTemplate = {
  id: 'bank-omnichannel.pl',
  lang: 'pl',
  label: 'Bank: oddział, aplikacja i strona',
  description: 'Otwarcie konta przez oddział, aplikację mobilną i stronę, aż do pierwszej płatności kartą.',
  text: `# Ścieżka klienta banku w wielu kanałach. Teksty mogą być w dowolnym języku.
cjm: 1
title: Otwarcie konta osobistego
lang: pl
type: channels
owner: Bankowość detaliczna

personas:
  - id: senior
    name: Emerytka, która ufa oddziałom
    quote: "Muszę widzieć człowieka, a nie ekran."
    frustrations: [Mała czcionka w aplikacji]
  - id: student
    name: Student, tylko aplikacja
    frustrations: [Jakakolwiek wizyta w oddziale]

channels:
  - { id: web, name: Strona banku, kind: web }
  - { id: app, name: Aplikacja mobilna, kind: mobile }
  - { id: branch, name: Oddział, kind: store }
  - { id: hotline, name: Infolinia, kind: phone }
  - { id: post, name: List, kind: mail }

stages:
  - id: compare
    name: Porównanie ofert
    emotion: 0
    touchpoints:
      - id: tariffs
        name: Strona z cennikiem kont
        channel: web
        emotion: { senior: -1, student: 1 }   # osobna ocena dla każdej persony
        pains: [Opłaty rozrzucone po trzech PDF-ach]
        opportunities: [Jeden kalkulator opłat]
        owner: Sprzedaż cyfrowa

  - id: apply
    name: Wniosek
    emotion: -1
    touchpoints:
      - id: branch-visit
        name: Rozmowa w oddziale
        channel: branch
        personas: [senior]        # bez personas: wszystkie persony
        emotion: 1
        owner: Sieć oddziałów
      - id: video-id
        name: Weryfikacja wideo
        channel: app
        personas: [student]
        emotion: -1
        moment-of-truth: true
        pains: [Nie działa przy słabym świetle, Ponowna próba tylko z nowym wnioskiem]
        opportunities: [Ponowna próba od tego samego kroku]
        owner: Zespół onboardingu
    metrics:
      - { id: apps, name: Ukończone wnioski, value: 71, target: 85, unit: "%" }

  - id: card
    name: Odbiór karty
    emotion: 0
    touchpoints:
      - id: pin-letter
        name: List z kartą i PIN-em
        channel: post
        personas: [senior]
        emotion: 0
        owner: Obsługa kart
      - id: virtual-card
        name: Karta wirtualna w aplikacji
        channel: app
        personas: [student]
        emotion: 2
        owner: Zespół kart
    # backstage: systemy i procesy, których klient nigdy nie widzi
    backstage: { systems: [System zarządzania kartami], processes: [Personalizacja kart] }

  - id: use
    name: Pierwsze użycie
    emotion: 1
    touchpoints:
      - id: first-payment
        name: Pierwsza płatność kartą
        channel: app
        emotion: 1
        owner: Zespół kart
      - id: help-call
        name: Telefon w sprawie zablokowanej płatności
        channel: hotline
        personas: [senior]
        emotion: -2
        pains: [Karta zablokowana przez system antyfraudowy bez uprzedzenia]
        opportunities: [Powiadomienie push z odblokowaniem jednym dotknięciem]
        owner: Zespół ds. nadużyć
`,
};
