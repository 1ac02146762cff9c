import type { MapTemplate } from '../templateTypes';

/** Personas karte (persona, latviski): viena izvērsta persona, tās mērķi un aizkaitinājumi katrā solī. */
export const personaTemplateLv: MapTemplate = {
  id: 'persona.lv',
  lang: 'lv',
  label: 'Personas ceļš',
  description: 'Viena persona padziļināti: mērķi, aizkaitinājumi un citāti, salīdzinot ar otru personu.',
  text: `# Personas karte: kartes redaktors vispirms rāda personas un to emociju līknes.
cjm: 1
title: Ģimenes atvaļinājuma plānošana
lang: lv
type: persona
owner: Ceļojumu produkta komanda

personas:
  - id: olga
    name: Olga, divu bērnu mamma
    description: Reizi gadā rezervē vasaras atvaļinājumu četru cilvēku ģimenei; budžets ir svarīgs.
    goals: ["Viesnīca, kur ērti ar bērniem", Nekādu pārsteigumu cenā]
    frustrations: [Piemaksas pēdējā solī, "Atsauksmes, kurām nevar uzticēties"]
    quote: "Ja bērni ir laimīgi, esmu laimīga arī es."
    color: "#d9480f"       # šīs personas emociju līknes krāsa
  - id: janis
    name: Jānis, students
    goals: [Lētākais lidojums]
    frustrations: [Bagāžas noteikumi]
    quote: "Es ceļoju tikai ar mugursomu."
    color: "#1971c2"

channels:
  - { id: app, name: Ceļojumu lietotne, kind: mobile }
  - { id: email, name: E-pasts, kind: email }
  - { id: friends, name: Draugi un radi, kind: word-of-mouth }
  - { id: support, name: Atbalsta tērzēšana, kind: chat }

stages:
  - id: inspire
    name: Iedvesma
    goal: Izvēlēties, kurp doties
    emotion: { olga: 1, janis: 2 }
    touchpoints:
      - id: recommendation
        name: Draugu ieteikums
        channel: friends
        personas: [olga]
        emotion: 2
      - id: deals-feed
        name: Piedāvājumu plūsma
        channel: app
        personas: [janis]
        emotion: 2
        owner: Izaugsmes komanda

  - id: book
    name: Rezervēšana
    goal: Vienā maksājumā samaksāt par lidojumu un viesnīcu
    thoughts: [Vai ģimenes numurs tiešām ir četriem?]
    emotion: { olga: -1, janis: 1 }
    touchpoints:
      - id: checkout
        name: Ceļojuma paketes apmaksa
        channel: app
        personas: [olga, janis]
        emotion: { olga: -2, janis: 1 }
        moment-of-truth: true
        pains: [Bērnu sēdeklīšu cena redzama tikai beigās]
        opportunities: [Ģimenes cena jau pirmajā ekrānā]
        owner: Rezervēšanas komanda
    metrics:
      - { id: abandon, name: Pamestas apmaksas, value: 61, target: 40, unit: "%" }

  - id: prepare
    name: Pirms ceļojuma
    emotion: 0
    touchpoints:
      - id: documents
        name: E-pasts ar ceļojuma dokumentiem
        channel: email
        emotion: 1
        owner: Operāciju nodaļa
      - id: question
        name: Jautājums par bagāžu
        channel: support
        personas: [janis]
        emotion: -1
        pains: [Robots neatbild uz jautājumiem par bagāžu]
        opportunities: [Pēc pirmās neveiksmīgās atbildes nodot sarunu cilvēkam]
        owner: Klientu atbalsts

  - id: return
    name: Atgriešanās mājās
    goal: Dalīties atmiņās un plānot nākamo ceļojumu
    emotion: { olga: 1, janis: 1 }
    touchpoints:
      - id: feedback
        name: Aptauja par ceļojumu
        channel: email
        personas: [olga, janis]
        emotion: 0
        pains: [Divdesmit jautājumu par vienu ceļojumu]
        opportunities: [Trīs jautājumi un foto augšupielāde]
        owner: Klientu izpēte
    metrics:
      - { id: nps, name: NPS indekss, value: 31, target: 45 }
`,
};
