import type { MapTemplate } from '../templateTypes';

/** Onboarding B2B SaaS (po polsku): od rejestracji na okres próbny do pierwszego odnowienia. */
export const saasOnboardingTemplatePl: MapTemplate = {
  id: 'saas-onboarding.pl',
  lang: 'pl',
  label: 'Onboarding B2B SaaS',
  description: 'Zespół wdraża produkt SaaS: okres próbny, konfiguracja, pierwsza wartość, wdrożenie i odnowienie.',
  text: `# Onboarding B2B SaaS: dwie persony (kupujący i użytkownik) na jednej mapie.
cjm: 1
title: Wdrożenie narzędzia do zarządzania projektami w firmie klienta
lang: pl
description: Jak firma przechodzi od darmowego okresu próbnego do odnowienia rocznej umowy.
type: basic
owner: Customer Success
tags: [b2b, onboarding]

personas:
  - id: buyer
    name: Dyrektor operacyjny (kupujący)
    goals: [Pożegnać arkusze kalkulacyjne w ciągu kwartału]
    frustrations: ["Narzędzia, z których nikt w końcu nie korzysta"]
  - id: user
    name: Członek zespołu (użytkownik)
    goals: [Mniej raportowania statusu]
    frustrations: [Kolejne narzędzie do nauki]

channels:
  - { id: web, name: Strona produktu, kind: web }
  - { id: product, name: Aplikacja webowa, kind: web }
  - { id: email, name: E-maile onboardingowe, kind: email }
  - { id: csm, name: Rozmowy z Customer Success, kind: phone }
  - { id: chat, name: Czat w aplikacji, kind: chat }

stages:
  - id: trial
    name: Rejestracja na okres próbny
    goal: Sprawdzić, czy pasuje do naszego procesu
    emotion: 1
    touchpoints:
      - id: signup
        name: Formularz rejestracji
        channel: web
        personas: [buyer]
        emotion: 1
        opportunities: [Logowanie przez Google Workspace]
        owner: Zespół wzrostu
        links: [https://example.com/signup]   # linki otwierają się prosto z mapy
    metrics:
      - { id: trials, name: Rozpoczęte okresy próbne, value: 840, target: 1000 }

  - id: setup
    name: Konfiguracja przestrzeni
    goal: Zaimportować projekty i zaprosić zespół
    emotion: -1
    pains: [Import CSV wykłada się na datach]
    touchpoints:
      - id: import
        name: Import z arkusza
        channel: product
        personas: [buyer]
        emotion: -2
        moment-of-truth: true
        pains: [Formaty dat odrzucane, Brak podglądu przed importem]
        opportunities: [Podgląd z mapowaniem kolumn]
        owner: Zespół importu
      - id: invite
        name: E-mail z zaproszeniem do zespołu
        channel: email
        personas: [user]
        emotion: 0
        owner: Zespół wzrostu
    metrics:
      # To samo id wskaźnika co na poprzednim etapie: mapa pokaże konwersję między nimi.
      - { id: trials, name: Okresy próbne z zaimportowanymi danymi, value: 390, target: 700 }

  - id: first-value
    name: Pierwsza wartość
    goal: Poprowadzić cotygodniowe spotkanie z tablicy
    emotion: { buyer: 1, user: 1 }
    touchpoints:
      - id: board
        name: Tygodniowa tablica statusów
        channel: product
        emotion: 2
        owner: Zespół rdzenia produktu
      - id: help-chat
        name: Pytanie na czacie
        channel: chat
        personas: [user]
        emotion: 1
        owner: Wsparcie

  - id: rollout
    name: Wdrożenie
    goal: Wszystkie zespoły w narzędziu
    emotion: 0
    touchpoints:
      - id: kickoff
        name: Spotkanie otwierające wdrożenie
        channel: csm
        personas: [buyer]
        emotion: 1
        opportunities: [Udostępnić szablon planu wdrożenia]
        owner: Customer Success
    backstage: { owners: [Customer Success], systems: [CRM, Analityka produktowa] }

  - id: renewal
    name: Odnowienie
    goal: Uzasadnić koszt przed działem finansów
    emotion: -1
    pains: [Brak raportu użycia dla finansów]
    touchpoints:
      - id: renewal-call
        name: Przegląd przed odnowieniem
        channel: csm
        personas: [buyer]
        emotion: 0
        moment-of-truth: true
        opportunities: [Automatyczny raport korzyści przed odnowieniem]
        owner: Opiekunowie klientów
    metrics:
      - { id: trials, name: Odnowione konta, value: 120, target: 150 }
`,
};
