import type { Chantier } from "../src/catalogue/schema.ts";

// The chantiers opened by the interministerial mission, in the order of the seed page.
const chantiers = [
  {
    id: "strategie-et-gouvernance",
    title: "Stratégie et gouvernance",
    order: 1,
    description:
      "Organiser la démarche dans chaque ministère : référents, mesure de l'empreinte, règles d'équipement et engagement des agents.",
  },
  {
    id: "sensibilisation-et-formation",
    title: "Sensibilisation et formation",
    order: 2,
    description:
      "Faire connaître aux agents les impacts du numérique et les former aux bons gestes, aux achats et à l'écoconception.",
  },
  {
    id: "achats",
    title: "Achats",
    order: 3,
    description:
      "Acheter mieux : équipements durables, réparables ou reconditionnés, et clauses environnementales et sociales dans les marchés.",
  },
  {
    id: "conception-de-service-numerique",
    title: "Conception de service numérique",
    order: 4,
    description:
      "Concevoir des services numériques sobres en appliquant le référentiel général d'écoconception.",
  },
  {
    id: "salle-serveurs-et-centre-de-donnees",
    title: "Salle serveurs et centre de données",
    order: 5,
    description:
      "Réduire l'empreinte de l'hébergement : efficacité des centres de données et retrait des applications devenues inutiles.",
  },
  {
    id: "phase-d-usage",
    title: "Phase d’usage",
    order: 6,
    description: "Faire durer les équipements en service et limiter les données produites et stockées.",
  },
  {
    id: "fin-d-usage",
    title: "Fin d’usage",
    order: 7,
    description:
      "Donner une seconde vie aux équipements qui fonctionnent encore et confier les autres aux filières de recyclage agréées.",
  },
] as const satisfies readonly Chantier[];

export type ChantierId = (typeof chantiers)[number]["id"];

export default chantiers;
