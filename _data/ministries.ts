import type { Ministry } from "../src/catalogue/schema.ts";

// The entities that published a plan in April 2022 and their documents. The publication gave no
// address for them: the one known is the mission's own, given later; none is invented.
const ministries = [
  {
    id: "culture",
    name: "Ministère de la Culture",
    shortName: "Culture",
    documents: [{ title: "Réduction des impacts environnementaux du numérique", size: "2,9 Mo" }],
  },
  {
    id: "education-nationale",
    name: "Ministère de l'Éducation nationale, de la Jeunesse et des Sports",
    shortName: "Éducation nationale",
    documents: [
      { title: "Stratégie du numérique responsable, pistes de réflexion pour les actions", size: "1,5 Mo" },
      { title: "Stratégie du numérique responsable, présentation de la démarche", size: "1,4 Mo" },
    ],
  },
  {
    id: "economie",
    name: "Ministère de l'Économie, des Finances et de la Relance",
    shortName: "Économie",
    documents: [{ title: "Plan d'action 2022 pour un numérique éco-responsable", size: "900 Ko" }],
  },
  {
    id: "justice",
    name: "Ministère de la Justice",
    shortName: "Justice",
    documents: [{ title: "Plan d'action 2022 pour un numérique éco-responsable", size: "1 Mo" }],
  },
  {
    id: "transition-ecologique",
    name: "Ministère de la Transition écologique",
    shortName: "Transition écologique",
    documents: [
      { title: "Feuille de route numérique et écologie", size: "1,5 Mo" },
      { title: "Bilan 2020-2021 sur la thématique Écoconception", size: "720 Ko" },
      {
        title: "Bilan 2020-2021 sur la thématique Mesure",
        size: "1 Mo",
        // Put online by the mission in September 2022.
        url: "https://ecoresponsable.numerique.gouv.fr/docs/2022/plan-action/mte/FDR-NE-Bilan-mesure-MTE.pdf",
        format: "PDF",
        bytes: 1_058_899,
        language: "fr",
      },
    ],
  },
  {
    id: "europe-affaires-etrangeres",
    name: "Ministère de l'Europe et des Affaires étrangères",
    shortName: "Europe et Affaires étrangères",
    documents: [
      { title: "Plan d'action réduction des impacts environnementaux du numérique", size: "1,7 Mo" },
    ],
  },
  {
    id: "interieur",
    name: "Ministère de l'Intérieur",
    shortName: "Intérieur",
    documents: [
      { title: "Plan d'action réduction des impacts environnementaux du numérique", size: "1,8 Mo" },
    ],
  },
  {
    id: "armees",
    name: "Ministère des Armées",
    shortName: "Armées",
    documents: [
      { title: "Plan d'action réduction de l'impact environnemental du numérique", size: "700 Ko" },
    ],
  },
  {
    id: "solidarites-sante",
    name: "Ministère des Solidarités et de la Santé",
    shortName: "Solidarités et Santé",
    documents: [{ title: "Plan d'action réduction des impacts environnementaux du numérique" }],
  },
  {
    id: "dinum",
    name: "Direction interministérielle du numérique (DINUM)",
    shortName: "DINUM",
    documents: [{ title: "Plan d'action numérique écoresponsable", size: "1,2 Mo" }],
  },
] as const satisfies readonly Ministry[];

export type MinistryId = (typeof ministries)[number]["id"];

export default ministries;
