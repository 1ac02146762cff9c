import type { MapTemplate } from '../templateTypes';

/** Proces wewnętrzny (internal, po polsku): ścieżka pracownika z zespołami i systemami na zapleczu. */
export const internalTemplatePl: MapTemplate = {
  id: 'internal.pl',
  lang: 'pl',
  label: 'Proces wewnętrzny (ścieżka pracownika)',
  description: 'Ścieżka pracownika przez proces wewnętrzny, z zespołami i systemami za każdym krokiem.',
  text: `# Mapa procesu wewnętrznego: „klientem” jest pracownik.
cjm: 1
title: Wdrożenie nowego pracownika
lang: pl
type: internal
owner: Operacje HR

personas:
  - id: hire
    name: Nowy programista
    goals: [Wypuścić coś już w pierwszym tygodniu]
    frustrations: [Czekanie na dostępy]

channels:
  - { id: email, name: E-mail, kind: email }
  - { id: portal, name: Portal HR, kind: web }
  - { id: chat, name: Czat zespołu, kind: chat }
  - { id: office, name: Biuro, kind: store }

# Własne wiersze: dodatkowe wiersze, które każdy etap wypełnia we własnym lanes:.
lanes:
  - id: checklist
    name: Lista kontrolna
    color: "#2f9e44"

stages:
  - id: offer
    name: Oferta przyjęta
    emotion: 2
    touchpoints:
      - id: welcome-mail
        name: E-mail powitalny
        channel: email
        personas: [hire]
        emotion: 2
        owner: Rekrutacja
    # backstage: czego pracownik nie widzi
    backstage: { owners: [Rekrutacja], systems: [System rekrutacyjny ATS] }
    lanes: { checklist: [Umowa podpisana, Data startu ustalona] }

  - id: first-day
    name: Pierwszy dzień
    emotion: 0
    pains: [Laptop nie jest gotowy]
    touchpoints:
      - id: desk
        name: Biurko i odbiór laptopa
        channel: office
        emotion: -1
        moment-of-truth: true
        pains: [Na laptopie brakuje narzędzi programistycznych]
        opportunities: [Wysłać laptopa do domu tydzień wcześniej]
        owner: Helpdesk IT
      - id: hr-forms
        name: Formularze kadrowe
        channel: portal
        emotion: -1
        pains: [Te same dane podawane trzy razy]
        owner: Operacje HR
    backstage: { owners: [Helpdesk IT, Administracja biura], systems: [Zarządzanie urządzeniami], processes: [Przygotowanie laptopa] }
    lanes: { checklist: [Karta wejściowa wydana, Laptop wydany] }
    metrics:
      - { id: access-hours, name: Godziny do działania wszystkich dostępów, value: 30, target: 8, unit: h }

  - id: first-week
    name: Pierwszy tydzień
    emotion: 1
    touchpoints:
      - id: buddy
        name: Poznanie opiekuna
        channel: chat
        emotion: 2
        owner: Kierownicy zespołów
      - id: first-pr
        name: Pierwszy pull request scalony
        channel: chat
        emotion: 2
        opportunities: [Prowadzić listę zadań na start]
        owner: Kierownicy zespołów
    backstage: { owners: [Kierownicy zespołów] }
    lanes: { checklist: [Dostęp do repozytorium, Pierwsze zadanie przydzielone] }

  - id: probation
    name: Koniec okresu próbnego
    emotion: 1
    touchpoints:
      - id: review
        name: Spotkanie podsumowujące okres próbny
        channel: office
        emotion: 1
        moment-of-truth: true
        pains: [Cele nigdy nie zostały spisane]
        opportunities: [Ustalić trzy cele w pierwszym tygodniu]
        owner: Kierownicy zespołów
      - id: survey
        name: Ankieta o wdrożeniu
        channel: portal
        emotion: 0
        owner: Operacje HR
    lanes: { checklist: [Spotkanie odbyte, Ankieta wypełniona] }
    metrics:
      - { id: retention, name: Zostali z nami po 6 miesiącach, value: 88, target: 95, unit: "%" }
`,
};
