import type { Plan } from "../../src/catalogue/schema.ts";

const plan: Plan = {
  ministry: "culture",              // un identifiant de _data/ministries.ts
  period: "2022",                   // ou "2023-2025"
  actions: [
    {
      id: "acheter-durable",        // unique dans le plan
      chantier: "achats",           // un identifiant de _data/chantiers.ts
      stage: "realisation",         // stade visé : realisation, experimentation, reflexion
      title: "Acheter des équipements durables.",  // Markdown en ligne
      example: "achats-durables-et-reparables",     // facultatif : l'action d'exemple suivie
      indicator: { label: "Part des achats", unit: "%", target: 50 },  // facultatif
      identifiedOn: "2021-10-15",   // facultatif : date d'identification
      statuses: [{ review: "bilan-2021-2022", status: "realisee" }],  // facultatif, voir plus bas
    },
  ],
  modifications: [{ date: "2026-12-01", note: "Plan versé par le ministère." }],  // facultatif
};

export default plan;
