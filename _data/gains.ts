import type { Gains } from "../src/catalogue/schema.ts";

// Orders of magnitude published with the plans (first evaluations).
const gains: Gains = {
  source: {
    publisher: "ADEME",
    title:
      "Évaluation de l'impact environnemental d'un ensemble de produits reconditionnés (synthèse intermédiaire)",
    note: "Ordres de grandeur issus de premières évaluations.",
    europeanEquivalent: {
      climateChange: { value: 8.1, unit: "t CO₂ éq." },
      abioticDepletion: { value: 0.06, unit: "kg Sb éq." },
    },
  },
  figures: [
    {
      id: "ordinateurs-portables-reconditionnes",
      lever: "Acheter des ordinateurs portables reconditionnés plutôt que neufs",
      scope: "1 000 ordinateurs",
      climateChange: { value: 54.9, unit: "t CO₂ éq." },
      abioticDepletion: { value: 2.8, unit: "kg Sb éq." },
      europeanEquivalents: { climateChange: 6.8, abioticDepletion: 43.4 },
    },
    {
      id: "smartphones-reconditionnes",
      lever: "Acheter des smartphones reconditionnés plutôt que neufs",
      scope: "1 000 smartphones",
      climateChange: { value: 25.5, unit: "t CO₂ éq." },
      abioticDepletion: { value: 0.8, unit: "kg Sb éq." },
      europeanEquivalents: { climateChange: 3.1, abioticDepletion: 12.2 },
    },
    {
      id: "smartphones-un-an-de-plus",
      lever: "Allonger d'un an la durée de vie des smartphones",
      scope: "1 000 smartphones",
      climateChange: { value: 7.3, unit: "t CO₂ éq." },
      abioticDepletion: { value: 0.3, unit: "kg Sb éq." },
      europeanEquivalents: { climateChange: 0.9, abioticDepletion: 4.2 },
    },
    {
      id: "ordinateurs-portables-un-an-de-plus",
      lever: "Allonger d'un an la durée de vie des ordinateurs portables",
      scope: "1 000 ordinateurs",
      climateChange: { value: 17.1, unit: "t CO₂ éq." },
      abioticDepletion: { value: 0.8, unit: "kg Sb éq." },
      europeanEquivalents: { climateChange: 2.1, abioticDepletion: 12.9 },
    },
    {
      id: "pas-de-smartphone-systematique",
      lever: "Ne pas remettre systématiquement un smartphone professionnel à chaque nouvel agent",
      scope: "10 000 smartphones non achetés",
      climateChange: { value: 500, unit: "t CO₂ éq.", approximate: true },
    },
    {
      id: "site-web-ecoconcu",
      lever:
        "Écoconcevoir un site web : pages ramenées de 2 Mo à 500 Ko, pour 1 million de pages vues par an",
      scope: "1 site",
      climateChange: { value: 259, unit: "kg CO₂ éq." },
    },
  ],
};

export default gains;
