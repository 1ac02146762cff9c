import type { MapTemplate } from '../templateTypes';

/** Mapa persony (persona, po polsku): jedna szczegółowa persona, jej cele i frustracje na każdym kroku. */
export const personaTemplatePl: MapTemplate = {
  id: 'persona.pl',
  lang: 'pl',
  label: 'Ścieżka persony',
  description: 'Jedna persona w szczegółach: cele, frustracje i cytaty w porównaniu z drugą personą.',
  text: `# Mapa persony: edytor mapy najpierw pokazuje persony i ich krzywe emocji.
cjm: 1
title: Planowanie rodzinnych wakacji
lang: pl
type: persona
owner: Zespół produktu podróżniczego

personas:
  - id: olga
    name: Ola, mama dwójki dzieci
    description: Raz w roku rezerwuje letni wyjazd dla czteroosobowej rodziny; budżet ma znaczenie.
    goals: [Hotel przyjazny dzieciom, Żadnych niespodzianek w cenie]
    frustrations: [Dopłaty doliczane na ostatnim kroku, "Opinie, którym nie można ufać"]
    quote: "Jak dzieci są zadowolone, to ja też."
    color: "#d9480f"       # kolor krzywej emocji tej persony
  - id: janis
    name: Janek, student
    goals: [Najtańszy lot]
    frustrations: [Zasady przewozu bagażu]
    quote: "Podróżuję tylko z plecakiem."
    color: "#1971c2"

channels:
  - { id: app, name: Aplikacja podróżnicza, kind: mobile }
  - { id: email, name: E-mail, kind: email }
  - { id: friends, name: Rodzina i znajomi, kind: word-of-mouth }
  - { id: support, name: Czat z obsługą, kind: chat }

stages:
  - id: inspire
    name: Inspiracja
    goal: Wybrać, dokąd jechać
    emotion: { olga: 1, janis: 2 }
    touchpoints:
      - id: recommendation
        name: Polecenie znajomych
        channel: friends
        personas: [olga]
        emotion: 2
      - id: deals-feed
        name: Lista okazji
        channel: app
        personas: [janis]
        emotion: 2
        owner: Zespół wzrostu

  - id: book
    name: Rezerwacja
    goal: Zapłacić raz za lot i hotel
    thoughts: [Czy pokój rodzinny na pewno jest dla czterech osób?]
    emotion: { olga: -1, janis: 1 }
    touchpoints:
      - id: checkout
        name: Płatność za pakiet
        channel: app
        personas: [olga, janis]
        emotion: { olga: -2, janis: 1 }
        moment-of-truth: true
        pains: [Cena fotelików dla dzieci widoczna dopiero na końcu]
        opportunities: [Cena rodzinna od pierwszego ekranu]
        owner: Zespół rezerwacji
    metrics:
      - { id: abandon, name: Porzucone płatności, value: 61, target: 40, unit: "%" }

  - id: prepare
    name: Przed wyjazdem
    emotion: 0
    touchpoints:
      - id: documents
        name: E-mail z dokumentami podróży
        channel: email
        emotion: 1
        owner: Operacje
      - id: question
        name: Pytanie o bagaż
        channel: support
        personas: [janis]
        emotion: -1
        pains: [Bot nie odpowiada na pytania o bagaż]
        opportunities: [Przekazać rozmowę konsultantowi po pierwszej nieudanej odpowiedzi]
        owner: Obsługa klienta

  - id: return
    name: Powrót do domu
    goal: Podzielić się wspomnieniami i zaplanować kolejny wyjazd
    emotion: { olga: 1, janis: 1 }
    touchpoints:
      - id: feedback
        name: Ankieta po podróży
        channel: email
        personas: [olga, janis]
        emotion: 0
        pains: [Dwadzieścia pytań o jeden wyjazd]
        opportunities: [Trzy pytania i dodanie zdjęcia]
        owner: Badania klientów
    metrics:
      - { id: nps, name: Wskaźnik NPS, value: 31, target: 45 }
`,
};
