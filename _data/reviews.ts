import type { Review } from "../src/catalogue/schema.ts";

/*
 * The reviews (bilans) of the ministries' plans, with the figures as their source published them.
 * Figures published without per-action detail stay as they are: they are never spread onto
 * ministries.
 */
const reviews: Review[] = [
  {
    id: "bilan-2021-2022",
    title: "Bilan d'activité 2021 – 2022 de la MiNumEco",
    date: "2023-04-06",
    period: "2022",
    source: {
      publisher: "Mission interministérielle numérique écoresponsable (MiNumEco)",
      title: "Bilan d'activité 2021 – 2022 de la MiNumEco",
      note: "Publié sur le site de la mission, ecoresponsable.numerique.gouv.fr, avec ses infographies.",
    },
    publishedFigures: [
      { id: "plans-valides", value: 10, label: "plans d'action validés en 2022" },
      { id: "actions-identifiees", value: 300, qualifier: "plus de", label: "actions identifiées" },
      { id: "actions-realisees", value: 30, unit: "%", label: "de ces actions réalisées" },
      { id: "ministeres-accompagnes", value: 11, label: "ministères accompagnés dans leur feuille de route" },
    ],
  },
];

export default reviews;
