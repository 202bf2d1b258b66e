import type { ActionData } from "../src/catalogue/schema.ts";
import type { ChantierId } from "./chantiers.ts";
import type { MinistryId } from "./ministries.ts";

/*
 * The actions of the seed page "Les actions", worded as published (Markdown inline).
 * Adding an action is adding one entry here: its chantier page, its stage page, the overview
 * and the open data follow. `ministries` is set only where a source attributes the action.
 * `note` says why the action sits at its stage.
 */
const actions: ActionData<ChantierId, MinistryId>[] = [
  {
    id: "reseau-de-referents",
    chantier: "strategie-et-gouvernance",
    stage: "realisation",
    title: "Identifier des correspondants et animer un réseau de référents.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : chaque ministère a désigné un référent numérique écoresponsable en 2021.",
  },
  {
    id: "strategie-d-evaluation-de-l-empreinte",
    chantier: "strategie-et-gouvernance",
    stage: "experimentation",
    title:
      "Déployer une stratégie d’évaluation de l’empreinte environnementale des activités numériques : parc informatique, services numériques, centre de données, usage du Cloud...",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : déployer une stratégie d'évaluation suppose d'en éprouver d'abord les méthodes.",
  },
  {
    id: "pas-d-equipement-supplementaire-systematique",
    chantier: "strategie-et-gouvernance",
    stage: "reflexion",
    title:
      "Ne pas systématiser la fourniture d’un équipement professionnel supplémentaire si cela n’est pas nécessaire (téléphone professionnel, écran supplémentaire, …).",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : renoncer à des équipements relève de la sobriété, que la publication range avec les pistes pour aller plus loin.",
  },
  {
    id: "mutualiser-les-equipements",
    chantier: "strategie-et-gouvernance",
    stage: "reflexion",
    title:
      "Mutualiser sous certaines conditions les équipements pour des usages professionnels et personnels.",
    note: "La publication place la mutualisation des équipements au stade de la réflexion.",
  },
  {
    id: "charte-numerique-ecoresponsable",
    chantier: "strategie-et-gouvernance",
    stage: "experimentation",
    title: "Acter la démarche numérique écoresponsable dans une charte partagée par tous les agents.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : une charte engage tous les agents et demande d'abord d'être éprouvée.",
  },
  {
    id: "sensibiliser-les-agents",
    chantier: "sensibilisation-et-formation",
    stage: "realisation",
    title:
      "Sensibiliser les agents aux impacts environnementaux du numérique et les bonnes pratiques qui ont de l’impact (à travers des MOOCs, des formations, des ateliers, intégration de support dans le kit de bienvenue des arrivants…).",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : l'action cite des moyens concrets, mobilisables sans attendre (MOOC, formations, ateliers).",
  },
  {
    id: "extinction-des-postes",
    chantier: "sensibilisation-et-formation",
    stage: "experimentation",
    title:
      "Réduire la consommation d’énergie en mettant en œuvre une stratégie d’extinction des postes de travail, des écrans ou des équipements annexes en période de non activité.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : une stratégie d'extinction gagne à être essayée sur un périmètre avant d'être étendue.",
  },
  {
    id: "former-a-l-achat-responsable",
    chantier: "sensibilisation-et-formation",
    stage: "realisation",
    title: "Former à l’achat responsable (l’IGPDE par exemple propose des sessions à ce sujet).",
    note: "La publication place les mesures d'achat en réalisation, et des sessions de formation existent déjà.",
  },
  {
    id: "former-a-l-evaluation-de-l-empreinte",
    chantier: "sensibilisation-et-formation",
    stage: "experimentation",
    title:
      "Former à l’évaluation de l’empreinte environnementale du numérique notamment par l’analyse du cycle de vie.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : cette formation accompagne la mise en place de la mesure de l'empreinte.",
  },
  {
    id: "former-a-l-ecoconception",
    chantier: "sensibilisation-et-formation",
    stage: "experimentation",
    title: "Former à l’écoconception de service numérique.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : elle accompagne l'expérimentation du référentiel d'écoconception.",
  },
  {
    id: "achats-durables-et-reparables",
    chantier: "achats",
    stage: "realisation",
    title:
      "Privilégier les achats durables et réparables, par exemple en tenant compte des écolabels et de l’indice de réparabilité des équipements.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "equipements-reconditionnes",
    chantier: "achats",
    stage: "realisation",
    title: "Achat d’équipements reconditionnés ou contenant des matériaux recyclés.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "clauses-environnementales-et-sociales",
    chantier: "achats",
    stage: "realisation",
    title:
      "Intégrer des clauses environnementales et sociales dans les achats de matériels, de prestations intellectuelles, de logiciels ou d’hébergement.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "tracabilite-de-la-production",
    chantier: "achats",
    stage: "realisation",
    title:
      "S'assurer de la traçabilité, des conditions sociales et environnementales de la production des équipements.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "location-fonctionnelle",
    chantier: "achats",
    stage: "realisation",
    title: "Envisager la location fonctionnelle d'équipements dans certaines conditions.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "rgesn-dans-la-commande",
    chantier: "conception-de-service-numerique",
    stage: "experimentation",
    title:
      "Intégrer le Référentiel général d’écoconception dans les clauses techniques de la commande sur des projets-pilotes.",
    note: "La publication place l'intégration du référentiel d'écoconception dans les projets au stade de l'expérimentation.",
  },
  {
    id: "rgesn-en-interne",
    chantier: "conception-de-service-numerique",
    stage: "experimentation",
    title: "Expérimenter le Référentiel général d’écoconception sur des projets-pilotes réalisés en interne.",
    note: "La publication place l'intégration du référentiel d'écoconception dans les projets au stade de l'expérimentation.",
  },
  {
    id: "code-de-conduite-europeen",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "experimentation",
    title: "S’engager dans la mise en œuvre du Code de Conduite européen pour les centres de données.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : « s'engager dans la mise en œuvre » décrit une démarche qui commence.",
  },
  {
    id: "hebergements-code-de-conduite",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "realisation",
    title:
      "Privilégier les hébergements mettant en œuvre le Code de Conduite européen pour les centres de données.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : choisir un hébergement est un achat, que la publication place en réalisation.",
  },
  {
    id: "pue-wue-cue",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "experimentation",
    title:
      "Connaitre et réduire les PUE, WUE ou CUE des centres de données (*Power*, *Water* et *Carbon Usage Effectiveness*).",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : connaître ces indicateurs suppose d'abord d'en organiser la mesure.",
  },
  {
    id: "decommissionner-les-applications",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "experimentation",
    title: "Auditer l’infrastructure et décommissionner les applications obsolètes ou non utilisées.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : l'audit précède le décommissionnement et se mène application par application.",
  },
  {
    id: "inventaire-du-parc",
    chantier: "phase-d-usage",
    stage: "realisation",
    title: "Connaitre l’inventaire et la durée de vie du parc informatique.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : connaître son parc est le préalable aux autres actions de cette phase.",
  },
  {
    id: "mettre-a-jour-plutot-que-remplacer",
    chantier: "phase-d-usage",
    stage: "reflexion",
    title: "Mettre à jour les équipements au lieu de les remplacer.",
    note: "La publication place l'allongement de la durée de vie des équipements au stade de la réflexion.",
  },
  {
    id: "reemploi-interne",
    chantier: "phase-d-usage",
    stage: "reflexion",
    title: "Réemployer les matériels en interne.",
    note: "La publication place le réemploi des équipements au stade de la réflexion.",
  },
  {
    id: "allonger-la-duree-d-usage",
    chantier: "phase-d-usage",
    stage: "reflexion",
    title: "Allonger la durée d’usage des équipements.",
    note: "La publication place l'allongement de la durée de vie des équipements au stade de la réflexion.",
  },
  {
    id: "proteger-contre-la-casse",
    chantier: "phase-d-usage",
    stage: "reflexion",
    title: "Protéger les équipements contre la casse.",
    note: "La publication place l'allongement de la durée de vie des équipements au stade de la réflexion.",
  },
  {
    id: "recuperer-les-equipements-peu-utilises",
    chantier: "phase-d-usage",
    stage: "reflexion",
    title: "Récupérer les équipements peu ou pas utilisés afin de les réemployer.",
    note: "La publication place le réemploi des équipements au stade de la réflexion.",
  },
  {
    id: "telephonie-logicielle",
    chantier: "phase-d-usage",
    stage: "experimentation",
    title: "Privilégier une solution logicielle de téléphonie plutôt que l’achat d’un téléphone fixe.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : le remplacement des téléphones fixes gagne à être essayé avant d'être généralisé.",
  },
  {
    id: "reduire-les-donnees",
    chantier: "phase-d-usage",
    stage: "reflexion",
    title: "Réduire le volume de données utilisées et stockées.",
    note: "Classement de l'équipe éditoriale, la publication ne le précisant pas : l'action est formulée comme un objectif général, sans moyen encore arrêté.",
  },
  {
    id: "dons-aux-agents-et-associations",
    chantier: "fin-d-usage",
    stage: "reflexion",
    title:
      "Faire des dons aux agents ou à des associations afin de favoriser le réemploi des matériels fonctionnels (notamment via la plateforme de la [DNID](https://dons.encheres-domaine.gouv.fr/)).",
    note: "La publication place le réemploi des équipements au stade de la réflexion.",
  },
  {
    id: "remise-en-etat-par-l-ess",
    chantier: "fin-d-usage",
    stage: "reflexion",
    title:
      "Favoriser la remise en état du matériel fonctionnel via un établissement de l'économie sociale et solidaire.",
    note: "Selon la publication, les filières de réparation et de reconditionnement sont en train de se structurer.",
  },
  {
    id: "recyclage-par-un-eco-organisme",
    chantier: "fin-d-usage",
    stage: "realisation",
    title:
      "S’assurer du recyclage de tous les équipements non fonctionnels et tous les consommables en passant par un éco-organisme agréé.",
    note: "La publication place la gestion des DEEE au stade de la réalisation.",
  },
];

export default actions;
