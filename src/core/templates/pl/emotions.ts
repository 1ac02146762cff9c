import type { MapTemplate } from '../templateTypes';

/** Mapa emocji (emotions, po polsku): krzywa uczuć, myśli i momenty prawdy. */
export const emotionsTemplatePl: MapTemplate = {
  id: 'emotions.pl',
  lang: 'pl',
  label: 'Mapa emocji',
  description: 'Krzywa emocji na kolejnych etapach: uczucia, myśli i momenty, które decydują o lojalności.',
  text: `# Mapa emocji: edytor mapy najpierw pokazuje krzywą emocji.
cjm: 1
title: Przeprowadzka i podłączenie internetu
lang: pl
type: emotions
owner: Zespół doświadczeń klienta

personas:
  - id: tom
    name: Tomek, pierwszy raz wynajmuje mieszkanie
    quote: "Potrzebuję tylko Wi-Fi do poniedziałku."
  - id: lena
    name: Lena, pracuje zdalnie
    quote: "Nie ma internetu, nie ma wypłaty."

channels:
  - { id: web, name: Strona operatora, kind: web }
  - { id: phone, name: Infolinia, kind: phone }
  - { id: sms, name: Powiadomienia SMS, kind: chat }
  - { id: tech, name: Wizyta technika, kind: other }

stages:
  - id: order
    name: Zamówienie
    thoughts: [Jakiego pakietu naprawdę potrzebuję?]
    # Jedna ocena dla wszystkich albo osobna dla każdej persony: { id-persony: ocena }
    emotion: { tom: 1, lena: 0 }
    touchpoints:
      - id: plan-picker
        name: Wybór pakietu
        channel: web
        emotion: { tom: 1, lena: -1 }
        pains: [Prędkość wysyłania drobnym drukiem]
        opportunities: [Podpowiedź pakietu do pracy zdalnej]
        owner: Sprzedaż online

  - id: wait
    name: Czekanie na instalację
    thoughts: [Zapomnieli o mnie?, Czy nie minę się z technikiem?]
    emotion: -1
    touchpoints:
      - id: install-sms
        name: SMS z terminem instalacji
        channel: sms
        emotion: 0
        opportunities: [Dokładne okno przyjazdu w dniu wizyty]
        owner: Serwis terenowy
      - id: reschedule-call
        name: Telefon w sprawie zmiany terminu
        channel: phone
        personas: [lena]
        emotion: -2
        moment-of-truth: true
        pains: [25 minut czekania na linii, Termin przesunięty o tydzień]
        opportunities: [Zmiana terminu odpowiedzią na SMS]
        owner: Infolinia
    metrics:
      - { id: wait-days, name: Dni do instalacji, value: 9, target: 3, unit: dni }

  - id: install
    name: Instalacja
    thoughts: [Nareszcie!]
    emotion: 2
    touchpoints:
      - id: technician
        name: Technik w drzwiach
        channel: tech
        emotion: 2
        moment-of-truth: true
        opportunities: [Sprawdzić zasięg Wi-Fi w każdym pokoju]
        owner: Serwis terenowy

  - id: first-bill
    name: Pierwsza faktura
    thoughts: [Dlaczego drożej niż w ofercie?]
    emotion: { tom: -1, lena: -1 }
    touchpoints:
      - id: bill-email
        name: E-mail z pierwszą fakturą
        channel: web
        emotion: -1
        pains: [Niepełny pierwszy miesiąc niewyjaśniony]
        opportunities: [Objaśnić pierwszą fakturę pozycja po pozycji]
        owner: Rozliczenia
    metrics:
      - { id: calls, name: Telefony o faktury na 100 klientów, value: 18, target: 5 }
`,
};
