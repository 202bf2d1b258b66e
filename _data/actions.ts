import type { ActionData } from "../src/catalogue/schema.ts";
import type { ChantierId } from "./chantiers.ts";
import type { MinistryId } from "./ministries.ts";

/*
 * The actions of the seed page "Les actions", worded as published (Markdown inline).
 * Adding an action is adding one entry here: its chantier page, its stage page, the overview
 * and the open data follow. `ministries` is set only where a source attributes the action.
 * `stageSource` says who places the action at its stage: the publication's text ("publication")
 * or, where the publication does not say it, the editorial team ("editorial"); `note` says why.
 */
const actions: ActionData<ChantierId, MinistryId>[] = [
  {
    id: "reseau-de-referents",
    chantier: "strategie-et-gouvernance",
    stage: "realisation",
    stageSource: "editorial",
    title: "Identifier des correspondants et animer un réseau de référents.",
    note: "Chaque ministère a désigné un référent numérique écoresponsable en 2021.",
  },
  {
    id: "strategie-d-evaluation-de-l-empreinte",
    chantier: "strategie-et-gouvernance",
    stage: "experimentation",
    stageSource: "editorial",
    title:
      "Déployer une stratégie d’évaluation de l’empreinte environnementale des activités numériques : parc informatique, services numériques, centre de données, usage du Cloud...",
    note: "Déployer une stratégie d'évaluation suppose d'en éprouver d'abord les méthodes.",
  },
  {
    id: "pas-d-equipement-supplementaire-systematique",
    chantier: "strategie-et-gouvernance",
    stage: "reflexion",
    stageSource: "editorial",
    title:
      "Ne pas systématiser la fourniture d’un équipement professionnel supplémentaire si cela n’est pas nécessaire (téléphone professionnel, écran supplémentaire, …).",
    note: "Renoncer à des équipements relève de la sobriété, que la publication range avec les pistes pour aller plus loin.",
  },
  {
    id: "mutualiser-les-equipements",
    chantier: "strategie-et-gouvernance",
    stage: "reflexion",
    stageSource: "publication",
    title:
      "Mutualiser sous certaines conditions les équipements pour des usages professionnels et personnels.",
    note: "La publication place la mutualisation des équipements au stade de la réflexion.",
  },
  {
    id: "charte-numerique-ecoresponsable",
    chantier: "strategie-et-gouvernance",
    stage: "experimentation",
    stageSource: "editorial",
    title: "Acter la démarche numérique écoresponsable dans une charte partagée par tous les agents.",
    note: "Une charte engage tous les agents et demande d'abord d'être éprouvée.",
  },
  {
    id: "sensibiliser-les-agents",
    chantier: "sensibilisation-et-formation",
    stage: "realisation",
    stageSource: "editorial",
    title:
      "Sensibiliser les agents aux impacts environnementaux du numérique et les bonnes pratiques qui ont de l’impact (à travers des MOOCs, des formations, des ateliers, intégration de support dans le kit de bienvenue des arrivants…).",
    note: "L'action cite des moyens concrets, mobilisables sans attendre (MOOC, formations, ateliers).",
  },
  {
    id: "extinction-des-postes",
    chantier: "sensibilisation-et-formation",
    stage: "experimentation",
    stageSource: "editorial",
    title:
      "Réduire la consommation d’énergie en mettant en œuvre une stratégie d’extinction des postes de travail, des écrans ou des équipements annexes en période de non activité.",
    note: "Une stratégie d'extinction gagne à être essayée sur un périmètre avant d'être étendue.",
  },
  {
    id: "former-a-l-achat-responsable",
    chantier: "sensibilisation-et-formation",
    stage: "realisation",
    stageSource: "publication",
    title: "Former à l’achat responsable (l’IGPDE par exemple propose des sessions à ce sujet).",
    note: "La publication place les mesures d'achat en réalisation, et des sessions de formation existent déjà.",
  },
  {
    id: "former-a-l-evaluation-de-l-empreinte",
    chantier: "sensibilisation-et-formation",
    stage: "experimentation",
    stageSource: "editorial",
    title:
      "Former à l’évaluation de l’empreinte environnementale du numérique notamment par l’analyse du cycle de vie.",
    note: "Cette formation accompagne la mise en place de la mesure de l'empreinte.",
  },
  {
    id: "former-a-l-ecoconception",
    chantier: "sensibilisation-et-formation",
    stage: "experimentation",
    stageSource: "editorial",
    title: "Former à l’écoconception de service numérique.",
    note: "Cette formation accompagne l'expérimentation du référentiel d'écoconception.",
  },
  {
    id: "achats-durables-et-reparables",
    chantier: "achats",
    stage: "realisation",
    stageSource: "publication",
    title:
      "Privilégier les achats durables et réparables, par exemple en tenant compte des écolabels et de l’indice de réparabilité des équipements.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "equipements-reconditionnes",
    chantier: "achats",
    stage: "realisation",
    stageSource: "publication",
    title: "Achat d’équipements reconditionnés ou contenant des matériaux recyclés.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "clauses-environnementales-et-sociales",
    chantier: "achats",
    stage: "realisation",
    stageSource: "publication",
    title:
      "Intégrer des clauses environnementales et sociales dans les achats de matériels, de prestations intellectuelles, de logiciels ou d’hébergement.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "tracabilite-de-la-production",
    chantier: "achats",
    stage: "realisation",
    stageSource: "publication",
    title:
      "S'assurer de la traçabilité, des conditions sociales et environnementales de la production des équipements.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "location-fonctionnelle",
    chantier: "achats",
    stage: "realisation",
    stageSource: "publication",
    title: "Envisager la location fonctionnelle d'équipements dans certaines conditions.",
    note: "La publication place les mesures d'achat au stade de la réalisation.",
  },
  {
    id: "rgesn-dans-la-commande",
    chantier: "conception-de-service-numerique",
    stage: "experimentation",
    stageSource: "publication",
    title:
      "Intégrer le Référentiel général d’écoconception dans les clauses techniques de la commande sur des projets-pilotes.",
    note: "La publication place l'intégration du référentiel d'écoconception dans les projets au stade de l'expérimentation.",
  },
  {
    id: "rgesn-en-interne",
    chantier: "conception-de-service-numerique",
    stage: "experimentation",
    stageSource: "publication",
    title: "Expérimenter le Référentiel général d’écoconception sur des projets-pilotes réalisés en interne.",
    note: "La publication place l'intégration du référentiel d'écoconception dans les projets au stade de l'expérimentation.",
  },
  {
    id: "code-de-conduite-europeen",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "experimentation",
    stageSource: "editorial",
    title: "S’engager dans la mise en œuvre du Code de Conduite européen pour les centres de données.",
    note: "« S'engager dans la mise en œuvre » décrit une démarche qui commence.",
  },
  {
    id: "hebergements-code-de-conduite",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "realisation",
    stageSource: "editorial",
    title:
      "Privilégier les hébergements mettant en œuvre le Code de Conduite européen pour les centres de données.",
    note: "Choisir un hébergement est un achat, que la publication place en réalisation.",
  },
  {
    id: "pue-wue-cue",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "experimentation",
    stageSource: "editorial",
    title:
      "Connaitre et réduire les PUE, WUE ou CUE des centres de données (*Power*{lang=en}, *Water*{lang=en} et *Carbon Usage Effectiveness*{lang=en}).",
    note: "Connaître ces indicateurs suppose d'abord d'en organiser la mesure.",
  },
  {
    id: "decommissionner-les-applications",
    chantier: "salle-serveurs-et-centre-de-donnees",
    stage: "experimentation",
    stageSource: "editorial",
    title: "Auditer l’infrastructure et décommissionner les applications obsolètes ou non utilisées.",
    note: "L'audit précède le décommissionnement et se mène application par application.",
  },
  {
    id: "inventaire-du-parc",
    chantier: "phase-d-usage",
    stage: "realisation",
    stageSource: "editorial",
    title: "Connaitre l’inventaire et la durée de vie du parc informatique.",
    note: "Connaître son parc est le préalable aux autres actions de cette phase.",
  },
  {
    id: "mettre-a-jour-plutot-que-remplacer",
    chantier: "phase-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title: "Mettre à jour les équipements au lieu de les remplacer.",
    note: "La publication place l'allongement de la durée de vie des équipements au stade de la réflexion.",
  },
  {
    id: "reemploi-interne",
    chantier: "phase-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title: "Réemployer les matériels en interne.",
    note: "La publication place le réemploi des équipements au stade de la réflexion.",
  },
  {
    id: "allonger-la-duree-d-usage",
    chantier: "phase-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title: "Allonger la durée d’usage des équipements.",
    note: "La publication place l'allongement de la durée de vie des équipements au stade de la réflexion.",
  },
  {
    id: "proteger-contre-la-casse",
    chantier: "phase-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title: "Protéger les équipements contre la casse.",
    note: "La publication place l'allongement de la durée de vie des équipements au stade de la réflexion.",
  },
  {
    id: "recuperer-les-equipements-peu-utilises",
    chantier: "phase-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title: "Récupérer les équipements peu ou pas utilisés afin de les réemployer.",
    note: "La publication place le réemploi des équipements au stade de la réflexion.",
  },
  {
    id: "telephonie-logicielle",
    chantier: "phase-d-usage",
    stage: "experimentation",
    stageSource: "editorial",
    title: "Privilégier une solution logicielle de téléphonie plutôt que l’achat d’un téléphone fixe.",
    note: "Le remplacement des téléphones fixes gagne à être essayé avant d'être généralisé.",
  },
  {
    id: "reduire-les-donnees",
    chantier: "phase-d-usage",
    stage: "reflexion",
    stageSource: "editorial",
    title: "Réduire le volume de données utilisées et stockées.",
    note: "L'action est formulée comme un objectif général, sans moyen encore arrêté.",
  },
  {
    id: "dons-aux-agents-et-associations",
    chantier: "fin-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title:
      "Faire des dons aux agents ou à des associations afin de favoriser le réemploi des matériels fonctionnels (notamment via la plateforme de la [DNID](https://dons.encheres-domaine.gouv.fr/)).",
    note: "La publication place le réemploi des équipements au stade de la réflexion.",
  },
  {
    id: "remise-en-etat-par-l-ess",
    chantier: "fin-d-usage",
    stage: "reflexion",
    stageSource: "publication",
    title:
      "Favoriser la remise en état du matériel fonctionnel via un établissement de l'économie sociale et solidaire.",
    note: "Selon la publication, les filières de réparation et de reconditionnement sont en train de se structurer.",
  },
  {
    id: "recyclage-par-un-eco-organisme",
    chantier: "fin-d-usage",
    stage: "realisation",
    stageSource: "publication",
    title:
      "S’assurer du recyclage de tous les équipements non fonctionnels et tous les consommables en passant par un éco-organisme agréé.",
    note: "La publication place la gestion des DEEE au stade de la réalisation.",
  },
];

export default actions;
