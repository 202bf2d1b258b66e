/*
 * The RGAA 4.1 referential: its 13 themes and 106 criteria, by number. Each criterion is named
 * here in a few words of the site's own; its exact wording and tests are on the referential's
 * page, at `criterionUrl`.
 */

export const RGAA_VERSION = "4.1.2";

const CRITERIA_PAGE = "https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/";

/** The referential's page of a criterion, at its anchor. */
export const criterionUrl = (criterion: string) => `${CRITERIA_PAGE}#${criterion}`;

export interface Theme {
  number: number;
  title: string;
  /** The criteria's short names, in their order: the first is criterion `number.1`. */
  criteria: string[];
}

export const THEMES: Theme[] = [
  {
    number: 1,
    title: "Images",
    criteria: [
      "Image porteuse d'information : présence d'une alternative",
      "Image de décoration : ignorée des technologies d'assistance",
      "Image porteuse d'information : alternative pertinente",
      "CAPTCHA ou image-test : alternative qui dit sa nature et sa fonction",
      "CAPTCHA : autre moyen d'accès",
      "Image porteuse d'information : description détaillée si besoin",
      "Description détaillée : pertinente",
      "Image de texte : remplacée par du texte mis en forme",
      "Légende d'image : reliée à son image",
    ],
  },
  {
    number: 2,
    title: "Cadres",
    criteria: ["Cadre : présence d'un titre", "Titre de cadre : pertinent"],
  },
  {
    number: 3,
    title: "Couleurs",
    criteria: [
      "Information donnée par autre chose que la couleur seule",
      "Contraste du texte sur son fond",
      "Contraste des composants d'interface et des graphiques",
    ],
  },
  {
    number: 4,
    title: "Multimédia",
    criteria: [
      "Média temporel : transcription ou audiodescription",
      "Transcription ou audiodescription : pertinente",
      "Média synchronisé : sous-titres",
      "Sous-titres : pertinents",
      "Média temporel : audiodescription synchronisée",
      "Audiodescription synchronisée : pertinente",
      "Média temporel : identifiable",
      "Média non temporel : alternative",
      "Alternative d'un média non temporel : pertinente",
      "Son déclenché automatiquement : contrôlable",
      "Média temporel : contrôlable au clavier et au pointeur",
      "Média non temporel : contrôlable au clavier et au pointeur",
      "Médias : compatibles avec les technologies d'assistance",
    ],
  },
  {
    number: 5,
    title: "Tableaux",
    criteria: [
      "Tableau de données complexe : résumé",
      "Résumé d'un tableau complexe : pertinent",
      "Tableau de mise en forme : lisible une fois linéarisé",
      "Titre d'un tableau de données : associé au tableau",
      "Titre d'un tableau de données : pertinent",
      "En-têtes de lignes et de colonnes : déclarés",
      "Cellules : associées à leurs en-têtes",
      "Tableau de mise en forme : sans éléments de tableau de données",
    ],
  },
  {
    number: 6,
    title: "Liens",
    criteria: ["Lien : explicite", "Lien : présence d'un intitulé"],
  },
  {
    number: 7,
    title: "Scripts",
    criteria: [
      "Script : compatible avec les technologies d'assistance",
      "Alternative à un script : pertinente",
      "Script : contrôlable au clavier et au pointeur",
      "Changement de contexte par un script : annoncé ou contrôlé",
      "Messages de statut : restitués",
    ],
  },
  {
    number: 8,
    title: "Éléments obligatoires",
    criteria: [
      "Type de document déclaré",
      "Code source valide",
      "Langue par défaut présente",
      "Langue par défaut : code pertinent",
      "Titre de page présent",
      "Titre de page : pertinent",
      "Changements de langue indiqués",
      "Changements de langue : codes valides et pertinents",
      "Balises non employées pour la seule présentation",
      "Changements du sens de lecture signalés",
    ],
  },
  {
    number: 9,
    title: "Structuration de l'information",
    criteria: [
      "Information structurée par des titres",
      "Structure du document cohérente",
      "Listes correctement structurées",
      "Citations correctement indiquées",
    ],
  },
  {
    number: 10,
    title: "Présentation de l'information",
    criteria: [
      "Présentation confiée aux feuilles de style",
      "Contenu porteur d'information présent sans les styles",
      "Information compréhensible sans les styles",
      "Texte lisible agrandi à 200 %",
      "Couleurs de texte et de fond déclarées ensemble",
      "Lien dont la nature n'est pas évidente : visible dans le texte",
      "Prise de focus visible",
      "Contenus cachés : ignorés à bon escient",
      "Information donnée par autre chose que la forme, la taille ou la position",
      "Même règle : mise en œuvre pertinente",
      "Contenu lisible sans double défilement à 320 px de large ou 256 px de haut",
      "Espacement du texte redéfinissable sans perte",
      "Contenu qui apparaît au focus ou au survol : contrôlable",
      "Contenu révélé par les styles : atteignable au clavier et au pointeur",
    ],
  },
  {
    number: 11,
    title: "Formulaires",
    criteria: [
      "Champ : présence d'une étiquette",
      "Étiquette : pertinente",
      "Étiquettes d'une même fonction : cohérentes",
      "Étiquette accolée à son champ",
      "Champs de même nature regroupés",
      "Regroupement de champs : légende",
      "Légende d'un regroupement : pertinente",
      "Liste de choix : options regroupées avec pertinence",
      "Bouton : intitulé pertinent",
      "Contrôle de saisie : pertinent",
      "Erreur de saisie : suggestions de correction",
      "Formulaire à conséquences : données modifiables ou récupérables",
      "Finalité d'un champ : déductible pour le remplissage automatique",
    ],
  },
  {
    number: 12,
    title: "Navigation",
    criteria: [
      "Deux systèmes de navigation au moins",
      "Menus et barres de navigation toujours à la même place",
      "Plan du site : pertinent",
      "Plan du site : atteint de la même façon partout",
      "Moteur de recherche : atteint de la même façon partout",
      "Zones répétées : atteignables ou évitables",
      "Lien d'évitement vers le contenu principal",
      "Ordre de tabulation cohérent",
      "Aucun piège au clavier",
      "Raccourcis d'une seule touche : contrôlables",
      "Contenus qui apparaissent au survol, au focus ou à l'activation : atteignables au clavier",
    ],
  },
  {
    number: 13,
    title: "Consultation",
    criteria: [
      "Limite de temps : contrôlable",
      "Nouvelle fenêtre : jamais sans action de l'utilisateur",
      "Document bureautique en téléchargement : version accessible si besoin",
      "Version accessible d'un document : même information",
      "Contenu cryptique : alternative",
      "Alternative d'un contenu cryptique : pertinente",
      "Flashs et changements brusques de luminosité : maîtrisés",
      "Contenu en mouvement ou clignotant : contrôlable",
      "Contenu lisible dans les deux orientations de l'écran",
      "Geste complexe : remplaçable par un geste simple",
      "Action au pointeur sur un seul point : annulable",
      "Mouvement de l'appareil : autre moyen",
    ],
  },
];

export interface Criterion {
  /** Its number, as the referential writes it: `1.1`…`13.12`. */
  number: string;
  theme: Theme;
  title: string;
}

/** The 106 criteria, in the referential's order. */
export const CRITERIA: Criterion[] = THEMES.flatMap((theme) =>
  theme.criteria.map((title, index) => ({ number: `${theme.number}.${index + 1}`, theme, title })),
);
