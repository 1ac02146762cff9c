import type { MapTemplate } from '../templateTypes';

/** Banka filiālē, lietotnē un tīmeklī (latviski): konta atvēršana un kartes saņemšana. */
export const bankOmnichannelTemplateLv: MapTemplate = {
  id: 'bank-omnichannel.lv',
  lang: 'lv',
  label: 'Banka: filiāle, lietotne un vietne',
  description: 'Konta atvēršana filiālē, mobilajā lietotnē un vietnē līdz pirmajam maksājumam ar karti.',
  text: `# Bankas klienta ceļš vairākos kanālos. Teksti var būt jebkurā valodā.
cjm: 1
title: Norēķinu konta atvēršana
lang: lv
type: channels
owner: Privātpersonu bankas pakalpojumi

personas:
  - id: senior
    name: Pensionāre, kas uzticas filiālēm
    quote: "Man vajag redzēt cilvēku, ne ekrānu."
    frustrations: [Sīks šrifts lietotnē]
  - id: student
    name: Students, tikai mobilā lietotne
    frustrations: [Vispār iet uz filiāli]

channels:
  - { id: web, name: Bankas vietne, kind: web }
  - { id: app, name: Mobilā lietotne, kind: mobile }
  - { id: branch, name: Filiāle, kind: store }
  - { id: hotline, name: Klientu tālrunis, kind: phone }
  - { id: post, name: Vēstule, kind: mail }

stages:
  - id: compare
    name: Piedāvājumu salīdzināšana
    emotion: 0
    touchpoints:
      - id: tariffs
        name: Kontu cenrāža lapa
        channel: web
        emotion: { senior: -1, student: 1 }   # katrai personai savs vērtējums
        pains: [Komisijas maksas izkaisītas pa trim PDF]
        opportunities: [Viens komisiju kalkulators]
        owner: Digitālā pārdošana

  - id: apply
    name: Pieteikums
    emotion: -1
    touchpoints:
      - id: branch-visit
        name: Konsultācija filiālē
        channel: branch
        personas: [senior]        # bez personas: visas personas
        emotion: 1
        owner: Filiāļu tīkls
      - id: video-id
        name: Video identifikācija
        channel: app
        personas: [student]
        emotion: -1
        moment-of-truth: true
        pains: [Neizdodas sliktā apgaismojumā, Atkārtot var tikai ar jaunu pieteikumu]
        opportunities: [Atkārtot no tā paša soļa]
        owner: Klientu piesaistes komanda
    metrics:
      - { id: apps, name: Pabeigti pieteikumi, value: 71, target: 85, unit: "%" }

  - id: card
    name: Kartes saņemšana
    emotion: 0
    touchpoints:
      - id: pin-letter
        name: Vēstule ar karti un PIN kodu
        channel: post
        personas: [senior]
        emotion: 0
        owner: Karšu operācijas
      - id: virtual-card
        name: Virtuālā karte lietotnē
        channel: app
        personas: [student]
        emotion: 2
        owner: Karšu komanda
    # backstage: sistēmas un procesi, ko klients nekad neredz
    backstage: { systems: [Karšu pārvaldības sistēma], processes: [Karšu personalizācija] }

  - id: use
    name: Pirmā lietošana
    emotion: 1
    touchpoints:
      - id: first-payment
        name: Pirmais maksājums ar karti
        channel: app
        emotion: 1
        owner: Karšu komanda
      - id: help-call
        name: Zvans par bloķētu maksājumu
        channel: hotline
        personas: [senior]
        emotion: -2
        pains: [Krāpšanas kontrole bloķēja karti bez brīdinājuma]
        opportunities: [Uznirstošs paziņojums ar atbloķēšanu vienā pieskārienā]
        owner: Krāpšanas novēršanas komanda
`,
};
