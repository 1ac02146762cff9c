import type { MapTemplate } from '../templateTypes';

/** Podstawowa mapa (basic, po polsku): etapy, działania, myśli, emocje i punkty styku. */
export const basicTemplatePl: MapTemplate = {
  id: 'basic.pl',
  lang: 'pl',
  label: 'Podstawowa ścieżka klienta',
  description: 'Etapy, działania, myśli, emocje i punkty styku: klasyczna mapa podróży klienta.',
  text: `# Mapa podróży klienta. Wersja formatu 1 (wymagana).
cjm: 1
title: Zapis do studia fitness
lang: pl                   # język eksportu (nazwy wierszy, liczby): en | ru | pl | lv
description: Jak nowa osoba przechodzi od reklamy do regularnych treningów raz w tygodniu.
type: basic                # basic | emotions | channels | persona | internal
owner: Zespół karnetów

# Persony: czyja to ścieżka. Punkty styku wskazują je po id.
personas:
  - id: maria
    name: Marta, pracuje w biurze
    goals: [Być w formie bez długich dojazdów]
    frustrations: ["Siłownie, które wciskają umowę na rok"]
    quote: "Mam czas tylko wieczorami."

# Kanały: gdzie klient się z wami spotyka. kind wybiera ikonę.
channels:
  - { id: social, name: Instagram, kind: social }
  - { id: web, name: Strona internetowa, kind: web }
  - { id: studio, name: Recepcja studia, kind: store }
  - { id: app, name: Aplikacja do zapisów, kind: mobile }

# Etapy to kolumny mapy, po kolei.
stages:
  - id: aware
    name: Świadomość
    goal: Znaleźć studio blisko pracy
    actions: [Przegląda media społecznościowe, Pyta znajomych z pracy]
    thoughts: [Czy to jest warte tych pieniędzy?]
    emotion: 0             # od -2 (bardzo źle) do +2 (bardzo dobrze)
    touchpoints:
      - id: insta-post
        name: Post sponsorowany
        channel: social    # id kanału zadeklarowanego wyżej
        personas: [maria]
        emotion: 1
        opportunities: [Pokazywać prawdziwych klubowiczów zamiast modelek]
        owner: Marketing

  - id: consider
    name: Rozważanie
    goal: Porównać ceny i grafik zajęć
    actions: [Czyta cennik, Sprawdza godziny zajęć]
    thoughts: [Czy są zajęcia wieczorem?]
    emotion: -1
    pains: [Ceny tylko na zapytanie]
    opportunities: [Opublikować przejrzysty cennik]
    metrics:               # value i target to liczby, unit to dowolny tekst
      - { id: visits, name: Wizyty na stronie, value: 4200, target: 5000, unit: sesji }
    touchpoints:
      - id: price-page
        name: Strona z cennikiem
        channel: web
        emotion: -1
        pains: [Nie widać opcji miesięcznej]
        owner: Zespół WWW

  - id: trial
    name: Pierwsza wizyta
    goal: Spróbować zajęć przed zapłatą
    actions: [Zapisuje się na darmowe zajęcia, Przychodzi do studia]
    emotion: 2
    touchpoints:
      - id: trial-booking
        name: Zapis na darmowe zajęcia
        channel: app
        emotion: 1
        owner: Produkt
      - id: welcome
        name: Powitanie na recepcji
        channel: studio
        moment-of-truth: true   # tu się decyduje, czy klient zostanie
        emotion: 2
        opportunities: [Oprowadzić po szatni]
        owner: Obsługa studia

  - id: join
    name: Karnet
    goal: Płacić raz w miesiącu i ćwiczyć dwa razy w tygodniu
    actions: [Kupuje karnet w aplikacji, Włącza przypomnienia o zajęciach]
    emotion: 1
    metrics:
      - { id: conversion, name: Z zajęć próbnych do karnetu, value: 32, target: 45, unit: "%" }
    touchpoints:
      - id: payment
        name: Płatność miesięczna
        channel: app
        emotion: 0
        pains: [Formularz karty czyści się po błędzie]
        opportunities: [BLIK i Google Pay]
        owner: Produkt
`,
};
