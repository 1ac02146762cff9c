/**
 * Real Mermaid `journey` diagrams for the import tests, each with the public source it was taken from
 * (repository and path; the text as published there, fences and surrounding prose left out).
 */

/** A diagram and where it was published. */
export interface CorpusDiagram { source: string; text: string }

export const MERMAID_CORPUS: CorpusDiagram[] = [
  {
    source: 'mermaid-js/mermaid packages/mermaid/src/docs/syntax/userJourney.md (also quoted in showa-yojyo/notebook source/javascript-mermaid/user-journey.rst and freeflowuniverse/crystaltools docs/mermaid.md)',
    text: `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`,
  },
  {
    source: 'mermaid-js/mermaid demos/journey.html (front matter title, accTitle, accDescr with a colon, indented "journey")',
    text: `---
title: My working day 
---
     journey
      accTitle: Very simple journey demo
      accDescr: 2 main sections: work and home, each with just a few tasks

    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 3: Me
`,
  },
  {
    source: 'mermaid-js/mermaid packages/mermaid/src/diagrams/user-journey/parser/journey.spec.ts ("should handle an accessibility multiline description": the title follows the closing brace)',
    text: 'journey\naccDescr {\n        A user journey for\n        family shopping\n      }title Adding journey diagram functionality to mermaid\naccTitle: Adding acc journey diagram functionality to mermaid\nsection Order from website',
  },
  {
    source: 'mermaid-js/mermaid packages/mermaid/src/diagrams/user-journey/parser/journey.spec.ts ("should handle a task definition": tasks without actors and with an empty actor list)',
    text: 'journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\nA task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, Alice\nE task: 5:\nsection Another section\nP task: 5:\nQ task: 5:\nR task: 5:',
  },
  {
    source: 'mermaid-js/mermaid packages/mermaid/src/diagrams/user-journey/parser/journey.spec.ts ("should handle multiline section titles with different line breaks")',
    text: 'journey\ntitle Adding gantt diagram functionality to mermaid\nsection Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5',
  },
  {
    source: 'mermaid-js/mermaid packages/mermaid/src/diagrams/user-journey/parser/journey.spec.ts ("should handle an accessibility description (accDescr)")',
    text: 'journey\naccDescr: A user journey for family shopping\ntitle Adding journey diagram functionality to mermaid\nsection Order from website',
  },
  {
    source: 'cvanballegooijen/hello-vault-driver README.md (no space after a colon: "engine:5")',
    text: `journey
    title Create SpringBoot application with vault-java-driver
    section Steps
      Set up prerequisites: 5: You
      Set up environment variables: 5: You
      Vault Server up and running: 5: You
      Enable kv secrets engine:5: You
      Build app with maven: 5: You
      Run app with java cmd: 5: You
`,
  },
  {
    source: 'creadri/sebastianjs demos/mermaid-demos/journey.md (a copy of the Mermaid demo whose front matter lost its left margin; Mermaid rejects it)',
    text: `---
    title: My working day
    ---
     journey
      accTitle: Very simple journey demo
      accDescr: 2 main sections: work and home, each with just a few tasks

    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 3: Me
`,
  },
];
