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
        // The editorial team's summary of the document. Numbers as the site writes them: U+202F
        // between thousands, U+00A0 before a unit.
        summary:
          "Le service du numérique du ministère (SNUM) y fait le bilan de trois expériences de " +
          "mesure menées en 2021. La mesure de l'indicateur d'efficacité énergétique (PUE) du " +
          "centre de données de Paris a été repoussée à 2022. Deux produits numériques ont été " +
          "mesurés : SECHEL, avec IJO, et l'outil de webconférence de l'État, avec Greenspector. " +
          "Le parc d'équipements de l'administration centrale a été évalué avec deux outils : " +
          "1\u202f185\u202f733\u00a0kg CO₂ éq. par an selon Ecodiag, 1\u202f436\u202f829\u00a0kg " +
          "CO₂ éq. par an selon WeNR, et 1\u202f911\u202f812\u00a0kg CO₂ éq. par an en y ajoutant " +
          "le centre de données, soit 382\u00a0kg par utilisateur ; environ 90\u00a0% de cette " +
          "empreinte vient de la fabrication et du transport des équipements, et les écrans en " +
          "sont le premier poste. Pour 2022-2023, le document fixe pour priorités d'achever la " +
          "mesure de la webconférence, de faire reconnaître le centre de données de La Défense " +
          "au titre du code de conduite européen des centres de données, de faire de la mesure " +
          "une méthode commune au ministère que d'autres puissent reprendre, et d'aider les " +
          "équipes à agir sur les principaux leviers de réduction.",
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
