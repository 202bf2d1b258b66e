import type { Stage } from "../src/catalogue/schema.ts";

// The triptych of the seed page "Les actions", in its order.
const stages: Stage[] = [
  {
    id: "realisation",
    label: "Réalisation",
    definition:
      "Mesures déjà engagées, comme les achats responsables ou la gestion des déchets d'équipements électriques et électroniques.",
  },
  {
    id: "experimentation",
    label: "Expérimentation",
    definition:
      "Actions mises à l'essai, souvent sur des projets pilotes, comme l'application du référentiel d'écoconception dès le lancement d'un projet numérique.",
  },
  {
    id: "reflexion",
    label: "Réflexion",
    definition:
      "Pistes à approfondir pour aller plus loin, notamment l'allongement de la durée de vie, la mutualisation et le réemploi des équipements.",
  },
];

export default stages;
