import type { AuditSource } from "../src/accessibility/audit.ts";

/*
 * The site's RGAA audit: the sample of pages, then each criterion's judgment on the whole sample,
 * with the pages that differ from it under `pages`. A criterion not met ("NC"), or that the audit
 * could not test ("NT"), says what will be done (`plan`). The declaration (/accessibilite/), the
 * footer's mention and the grid's CSV are computed from it; the tests check the criteria a test
 * can decide (src/accessibility/checks.ts). How to update it: docs/accessibilite.md.
 */
const audit: AuditSource = {
  date: "2026-12-02",
  auditor: "l'équipe du site, en interne",
  technologies: [
    "HTML et CSS, avec le Système de Design de l'État (sa feuille de style seule, sans son script)",
    "SVG, pour le graphique de la publication",
    "JavaScript, sur deux pages seulement : la recherche et l'outil « Verser un plan »",
  ],
  environment: [
    "Chromium 156 (moteur sans fenêtre, paquet Debian), sous Linux, à 1280 et à 320 pixels de large",
    "Aucun lecteur d'écran : la restitution a été jugée sur l'arbre d'accessibilité de Chromium et sur le code",
  ],
  tools: [
    "axe-core, règles WCAG 2.2 de niveaux A et AA",
    "html-validate",
    "Playwright, pour piloter Chromium : parcours au clavier, espacement du texte, agrandissement, couleurs forcées, animations réduites",
    "Captures d'écran et lecture du code des pages",
  ],
  sample: [
    { id: "accueil", title: "Accueil", url: "/", kind: "Page d'accueil" },
    { id: "plan-du-site", title: "Plan du site", url: "/plan-du-site/", kind: "Plan du site" },
    { id: "accessibilite", title: "Déclaration d'accessibilité", url: "/accessibilite/", kind: "Page accessibilité" },
    { id: "mentions-legales", title: "Mentions légales", url: "/mentions-legales/", kind: "Mentions légales" },
    { id: "recherche", title: "Recherche", url: "/recherche/", kind: "Recherche" },
    { id: "aide", title: "Contribuer", url: "/contribuer/", kind: "Page d'aide, pour les référents" },
    { id: "vue-d-ensemble", title: "Plans d’action des ministères", url: "/plans-action/", kind: "Vue d'ensemble de la publication, avec un graphique" },
    { id: "page-publication", title: "Les gains possibles", url: "/plans-action/gains-possibles/", kind: "Page de la publication, avec des tableaux" },
    { id: "chantier", title: "Achats", url: "/plans-action/les-actions/achats/", kind: "Page d'un chantier" },
    { id: "stade", title: "Réalisation", url: "/plans-action/stades/realisation/", kind: "Page d'un stade" },
    { id: "ministere", title: "Ministère de la Culture", url: "/plans-action/ministeres/culture/", kind: "Page d'un ministère qui a un plan", fixture: true },
    { id: "plan-chantier", title: "Culture, plan 2023-2025 : Achats", url: "/plans-action/ministeres/culture/2023-2025/achats/", kind: "Chantier du plan d'un ministère", fixture: true },
    { id: "actualites", title: "Actualités", url: "/actualites/", kind: "Liste des actualités" },
    { id: "actualite", title: "Les plans à imprimer, et à suivre ministère par ministère", url: "/actualites/2026-12-02-plans-a-imprimer-et-a-suivre/", kind: "Une actualité" },
    { id: "donnees-ouvertes", title: "Les actions", url: "/plans-action/les-actions/", kind: "Page des données ouvertes et des tableurs à télécharger" },
    { id: "verser-un-plan", title: "Verser un plan", url: "/contribuer/verser-un-plan/", kind: "Outil des référents : un formulaire et un script" },
    { id: "hasard-1", title: "Culture, plan 2023-2025 : Fin d’usage", url: "/plans-action/ministeres/culture/2023-2025/fin-d-usage/", kind: "Tirée au hasard, parmi les pages construites avec les plans d’essai", fixture: true },
    { id: "hasard-2", title: "Stratégie et gouvernance", url: "/plans-action/les-actions/strategie-et-gouvernance/", kind: "Tirée au hasard" },
  ],
  criteria: {
    "1.1": {
      result: "NA", reason: "Aucune balise img, svg, canvas, object, embed, area ni input image dans la page, y compris après exécution des scripts ; le logo Marianne et les pictogrammes DSFR sont des images CSS décoratives.",
      pages: {
        "vue-d-ensemble": { result: "C", reason: "Le graphique svg porte role=\"img\" et un nom (aria-labelledby vers title et desc), vu dans l'arbre d'accessibilité ; aucune autre image porteuse d'information (Marianne et icônes DSFR en CSS)." },
      },
    },
    "1.2": {
      result: "NA", reason: "Aucune image HTML à masquer : les seuls visuels (Marianne, flèches de téléchargement, icônes d'alerte et de badge) sont des fonds ou masques CSS sans alternative.",
      pages: {
        "vue-d-ensemble": { result: "C", reason: "Les trois pastilles svg de la légende (16×16) ont aria-hidden=\"true\", ni title ni desc ni attribut title : elles sont bien ignorées, le nom du stade étant écrit à côté." },
      },
    },
    "1.3": {
      result: "NA", reason: "Aucune image porteuse d'information, donc aucune alternative textuelle à juger.",
      pages: {
        "vue-d-ensemble": { result: "C", reason: "Le title « Nombre d'actions par chantier, réparties par stade de maturité » dit ce que montre le graphique ; le second passage (desc) donne les effectifs, identiques au tableau et aux barres." },
      },
    },
    "1.4": { result: "NA", reason: "Ni CAPTCHA ni image-test dans la page." },
    "1.5": { result: "NA", reason: "Aucun CAPTCHA dans la page." },
    "1.6": {
      result: "NA", reason: "Aucune image porteuse d'information qui demanderait une description détaillée.",
      pages: {
        "vue-d-ensemble": { result: "C", reason: "Le graphique demande une description détaillée : aria-labelledby associe le title (alternative courte) et le desc (description), le montage prévu par le test 1.6.5 ; le tableau au-dessus donne aussi les chiffres." },
      },
    },
    "1.7": {
      result: "NA", reason: "Aucune description détaillée d'image à juger.",
      pages: {
        "vue-d-ensemble": { result: "C", reason: "Le desc reprend, chantier par chantier, le total et chaque stade non nul ; comparé au tableau #actions-par-chantier et aux barres dessinées : aucune erreur." },
      },
    },
    "1.8": { result: "NA", reason: "Aucune image texte : les textes du bloc-marque et des boutons sont du texte HTML stylé." },
    "1.9": { result: "NA", reason: "Aucune image légendée (figure/figcaption) dans la page." },
    "2.1": { result: "NA", reason: "Aucun iframe ni frame dans la page." },
    "2.2": { result: "NA", reason: "Aucun cadre, donc aucun titre de cadre à juger." },
    "3.1": {
      result: "C", reason: "Les liens du texte sont soulignés (DSFR), la page courante du fil d'Ariane et du menu latéral est signalée par aria-current et un trait ou l'absence de lien, pas par la seule couleur.",
      pages: {
        recherche: { result: "C", reason: "Sans requête, rien n'est codé par la couleur ; avec des résultats, le surlignage jaune (mark) ne fait que répéter les mots cherchés, déjà lisibles dans le texte." },
        "donnees-ouvertes": { result: "C", reason: "Chaque badge de stade écrit son stade en toutes lettres (« Stade : Réalisation » avec fr-sr-only) : la couleur verte, bleue ou beige n'est qu'un renfort." },
        "plan-chantier": { result: "C", reason: "Le badge coloré est précédé de « Stade visé : » et porte le nom du stade en texte." },
        "hasard-1": { result: "C", reason: "Les badges Expérimentation et Réflexion portent leur nom en texte, précédé de « Stade visé : »." },
        "verser-un-plan": { result: "C", reason: "Champs obligatoires annoncés en texte, alertes d'erreur ou de succès titrées en texte, badges de l'aperçu nommés en toutes lettres." },
        ministere: { result: "C", reason: "L'alerte « plan remplacé » est un texte avec lien souligné ; les tableaux ne codent rien par la couleur." },
      },
    },
    "3.2": {
      result: "C", reason: "Contraste calculé sur chaque texte visible à 1280 et 320 px, en thème clair et sombre : minimum 4,93:1 en clair et 4,74:1 en sombre, placeholder #666 sur #eee à 5:1.",
      pages: {
        recherche: { result: "C", reason: "Mesuré aussi avec résultats affichés (clair et sombre) : aucun texte sous 4,5:1, le surlignage mark est noir sur jaune (19,6:1)." },
        "verser-un-plan": { result: "C", reason: "Mesuré aussi après vérification réussie et en erreur, clair et sombre : aucun texte sous 4,5:1, badges de l'aperçu compris." },
        "donnees-ouvertes": { result: "C", reason: "Le plus faible texte du site est ici, le badge Expérimentation #0063cb sur #e8edff à 4,93:1, au-dessus de 4,5:1." },
      },
    },
    "3.3": {
      result: "C", reason: "Champ de recherche (bord inférieur #000091 ou #3a3a3a sur #eee), bouton #000091, anneau de focus #0a76f6 (4:1 sur blanc) : tous au-dessus de 3:1, y compris en thème sombre.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Listes, champs et bouton du formulaire au-dessus de 3:1 en clair et sombre ; le bouton natif du champ fichier n'est pas restylé (cas particulier)." },
      },
    },
    "4.1": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.2": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.3": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.4": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.5": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.6": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.7": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.8": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.9": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.10": { result: "NA", reason: "Aucun son dans la page, ni déclenché automatiquement ni autrement." },
    "4.11": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.12": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "4.13": { result: "NA", reason: "Aucun média temporel ou non temporel (video, audio, object, embed, lecteur) dans la page." },
    "5.1": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "NA", reason: "Tableaux simples : en-têtes sur la première ligne et la première colonne seulement, sans fusion, donc pas de résumé exigé." },
        ministere: { result: "NA", reason: "Tableaux simples : en-têtes sur la première ligne et la première colonne seulement, sans fusion, donc pas de résumé exigé." },
      },
    },
    "5.2": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "NA", reason: "Aucun tableau complexe, donc aucun résumé à juger." },
        ministere: { result: "NA", reason: "Aucun tableau complexe, donc aucun résumé à juger." },
      },
    },
    "5.3": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "NA", reason: "Les tableaux sont des tableaux de données, aucun tableau de mise en forme." },
        ministere: { result: "NA", reason: "Les tableaux sont des tableaux de données, aucun tableau de mise en forme." },
      },
    },
    "5.4": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "C", reason: "Le tableau #gains-publies a son titre dans un caption, repris par aria-labelledby sur la zone défilante." },
        ministere: { result: "C", reason: "Les deux tableaux (#plan-2022-tableau, #plan-2023-2025-tableau) ont un caption." },
        "vue-d-ensemble": { result: "C", reason: "Le tableau a un caption (#actions-par-chantier-legende), repris par aria-labelledby sur la zone défilante role=region." },
        accessibilite: { result: "C", reason: "Le tableau des résultats par thématique a son titre dans un caption, qui nomme aussi sa zone de défilement." },
      },
    },
    "5.5": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "C", reason: "Le caption « Impacts évités par levier, selon les premières évaluations » dit bien le contenu." },
        ministere: { result: "C", reason: "Chaque caption nomme le plan, ce que comptent les colonnes et la source du statut." },
        "vue-d-ensemble": { result: "C", reason: "Le caption « Nombre d'actions par chantier et par stade de maturité » décrit exactement les lignes et les colonnes." },
        accessibilite: { result: "C", reason: "Le titre du tableau dit ce qu'il compte : les résultats de l'échantillon par thématique." },
      },
    },
    "5.6": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "C", reason: "Les cinq en-têtes de colonne et les six en-têtes de ligne (leviers) sont des th." },
        ministere: { result: "C", reason: "En-têtes de colonne et de ligne (chantiers, Total du tfoot) en th." },
        "vue-d-ensemble": { result: "C", reason: "Les cinq en-têtes de colonne (Chantier, trois stades, Total) et les huit en-têtes de ligne (sept chantiers et Total) sont des th." },
        accessibilite: { result: "C", reason: "Les en-têtes de colonnes et ceux des lignes (les thématiques) sont des th." },
      },
    },
    "5.7": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "C", reason: "Chaque th porte scope=\"col\" ou scope=\"row\" selon son rôle." },
        ministere: { result: "C", reason: "Chaque th porte le bon scope ; leurs id servent d'ancres depuis d'autres pages, pas d'association headers." },
        "vue-d-ensemble": { result: "C", reason: "Chaque th porte scope=\"col\" ou scope=\"row\" selon sa place ; aucune cellule n'a besoin de headers." },
        accessibilite: { result: "C", reason: "Chaque th porte scope=\"col\" ou scope=\"row\"." },
      },
    },
    "5.8": {
      result: "NA", reason: "Aucun tableau dans la page.",
      pages: {
        "page-publication": { result: "NA", reason: "Aucun tableau de mise en forme." },
        ministere: { result: "NA", reason: "Aucun tableau de mise en forme." },
      },
    },
    "6.1": {
      result: "C", reason: "Liens relevés un à un : intitulés explicites seuls ou par leur item de liste, phrase ou titre précédent ; noms accessibles identiques au texte visible ; le title du bloc-marque du pied de page reprend son texte, « République Française ».",
      pages: {
        ministere: { result: "C", reason: "Les liens « Achats », « Fin d'usage » des deux tableaux se distinguent par le titre h3 du plan qui les précède ; téléchargements nommés avec format et poids." },
        recherche: { result: "C", reason: "Sans script, liens « plan du site » et « chantier par chantier » compris par leur phrase ; les liens de résultats portent le titre de la page visée." },
        "verser-un-plan": { result: "C", reason: "Liens de téléchargement du modèle explicites ; le lien créé après vérification se nomme « Télécharger le fichier du plan culture-2022.ts – 2,1 ko »." },
      },
    },
    "6.2": {
      result: "C", reason: "Tous les a[href] ont un texte ; l'élément courant du fil d'Ariane est un a sans href (pas un lien).",
      pages: {
        "verser-un-plan": { result: "C", reason: "Les liens de la page et celui que le script ajoute ont tous un intitulé texte." },
        recherche: { result: "C", reason: "Les liens de résultats générés ont le titre de la page pour contenu." },
      },
    },
    "7.1": {
      result: "NA", reason: "Aucun script exécutable dans la page (pas de DSFR JS ; les replis fil d'Ariane et menu sont des details/summary natifs).",
      pages: {
        recherche: { result: "NT", reason: "Le script n'écrit que des liens, des paragraphes et une liste, sans ARIA, que l'arbre d'accessibilité de Chromium expose bien ; mais le test 7.1.2 demande un lecteur d'écran, et le poste d'audit n'en a aucun.", plan: "Faire le test 7.1.2 avec NVDA et Firefox, puis VoiceOver et Safari, et corriger ce qu'il révèle, avant la prochaine mise à jour de cette déclaration." },
        "verser-un-plan": { result: "NT", reason: "Le formulaire est fait de contrôles natifs et le résultat reçoit le focus, ce que l'arbre d'accessibilité de Chromium confirme ; mais le test 7.1.2 demande un lecteur d'écran, et le poste d'audit n'en a aucun.", plan: "Faire le test 7.1.2 avec NVDA et Firefox, puis VoiceOver et Safari, et corriger ce qu'il révèle, avant la prochaine mise à jour de cette déclaration." },
        "donnees-ouvertes": { result: "NA", reason: "Le seul script est un bloc JSON-LD (données), non exécuté ; aucun composant généré." },
      },
    },
    "7.2": {
      result: "NA", reason: "Aucun script exécutable dans la page (pas de DSFR JS ; les replis fil d'Ariane et menu sont des details/summary natifs).",
      pages: {
        recherche: { result: "C", reason: "Sans JavaScript, un texte renvoie vers le plan du site et les pages des chantiers, qui donnent accès aux mêmes contenus." },
        "verser-un-plan": { result: "C", reason: "Sans JavaScript, un texte remplace le formulaire et propose de joindre le tableau à un ticket, avec le lien qui l'ouvre sur le dépôt du site ; le site publié, construit par GitHub Actions, connaît l'adresse de son dépôt (une construction locale sans cette adresse n'a pas ce lien)." },
        "donnees-ouvertes": { result: "NA", reason: "Aucun script exécutable, donc aucune alternative à juger." },
      },
    },
    "7.3": {
      result: "NA", reason: "Aucun script exécutable dans la page (pas de DSFR JS ; les replis fil d'Ariane et menu sont des details/summary natifs).",
      pages: {
        recherche: { result: "NA", reason: "Le script n'ajoute aucun gestionnaire d'événement : il s'exécute au chargement, la recherche passe par un formulaire natif." },
        "verser-un-plan": { result: "C", reason: "Envoi et changements gérés sur des contrôles natifs : tout marche au clavier (Entrée sur « Vérifier le tableau » testé), le focus va au titre du résultat, jamais retiré." },
        "donnees-ouvertes": { result: "NA", reason: "Aucun script exécutable." },
      },
    },
    "7.4": {
      result: "NA", reason: "Aucun script exécutable dans la page (pas de DSFR JS ; les replis fil d'Ariane et menu sont des details/summary natifs).",
      pages: {
        recherche: { result: "NA", reason: "Le script ne provoque aucun changement de contexte (ni focus déplacé, ni navigation)." },
        "verser-un-plan": { result: "C", reason: "Le focus ne passe au titre du résultat qu'après le bouton « Vérifier le tableau » ; la phrase que le script propose dans le champ de note, d'après le ministère, la période et le bilan choisis, est annoncée par l'aide de ce champ." },
        "donnees-ouvertes": { result: "NA", reason: "Aucun script exécutable." },
      },
    },
    "7.5": {
      result: "NA", reason: "Aucun message de statut dans la page.",
      pages: {
        recherche: { result: "C", reason: "« Recherche en cours… » puis le nombre de pages trouvées s'écrivent dans un paragraphe role=\"status\" présent dès le chargement de la page." },
        "verser-un-plan": { result: "NA", reason: "Le verdict du tableau et la liste de ses erreurs reçoivent le focus : ce ne sont pas des messages de statut, et la page n'en a pas d'autre." },
      },
    },
    "8.1": { result: "C", reason: "<!DOCTYPE html> présent, valide, en première ligne avant <html>." },
    "8.2": {
      result: "C", reason: "Source et DOM généré passés à html-validate (règles standard et recommandées) : aucune erreur de validité, id uniques ; seules des remarques de style (prefer-native-element).",
      pages: {
        recherche: { result: "C", reason: "DOM après affichage des résultats (ol, li, mark) validé sans erreur de validité." },
        "verser-un-plan": { result: "C", reason: "DOM validé après vérification réussie et après erreurs : imbrication et id corrects (modèles dans template)." },
      },
    },
    "8.3": { result: "C", reason: "lang=\"fr\" sur l'élément html." },
    "8.4": { result: "C", reason: "Code fr valide et pertinent pour un contenu en français." },
    "8.5": { result: "C", reason: "Élément title présent et non vide." },
    "8.6": {
      result: "C", reason: "Le title reprend le h1 puis « | Numérique responsable » : il identifie la page dans les onglets et l'historique.",
      pages: {
        accueil: { result: "C", reason: "Le title « Numérique responsable » est le nom du site, pertinent pour sa page d'accueil." },
        actualite: { result: "C", reason: "Le title reprend le titre de l'actualité, unique et clair ; le nom du site est omis (title > 70 caractères), ce qui reste suffisant pour retrouver l'onglet." },
      },
    },
    "8.7": {
      result: "NA", reason: "Aucun passage en langue étrangère hors noms propres (GitHub, Pagefind, DSFR…) et mots du dictionnaire.",
      pages: {
        aide: { result: "C", reason: "« pull requests » est marqué en anglais (lang=\"en\", en italique)." },
        "donnees-ouvertes": { result: "C", reason: "Power, Water et Carbon Usage Effectiveness sont marqués en anglais (lang=\"en\")." },
        "verser-un-plan": { result: "C", reason: "Les termes anglais de l'interface GitHub (Fork, Propose changes, Commit changes, Create pull request) sont dans des span lang=\"en\"." },
        stade: { result: "NA", reason: "« MOOCs » figure au dictionnaire ; aucun autre passage étranger." },
        "hasard-2": { result: "NA", reason: "« Cloud » est d'usage courant en français ; aucun autre passage étranger." },
        "page-publication": { result: "NA", reason: "Seuls la revue « Patterns » (nom propre) et « et al. » (abréviation d'usage) sont étrangers." },
      },
    },
    "8.8": {
      result: "NA", reason: "Aucun changement de langue signalé dans la page.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Les six attributs lang=\"en\" ont un code valide ; ceux des termes GitHub sont pertinents, ceux des extensions .xlsx et .ods ne font pas de mal." },
        aide: { result: "C", reason: "Le passage anglais porte lang=\"en\", un code valide et pertinent." },
        "donnees-ouvertes": { result: "C", reason: "Les trois termes anglais portent lang=\"en\", un code valide et pertinent." },
      },
    },
    "8.9": {
      result: "C", reason: "Aucune balise détournée pour la mise en forme : pas de br ni de paragraphe vide pour espacer, pas de titre ni de blockquote pour le style ; les p dans les liens du bloc-marque suivent le DSFR.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Pas de balise détournée pour le style, y compris dans le résultat généré (titres, listes et paragraphes selon leur sens)." },
      },
    },
    "8.10": { result: "NA", reason: "Aucun texte écrit de droite à gauche." },
    "9.1": {
      result: "C", reason: "Un h1 puis des h2/h3/h4 sans trou, pertinents ; aucun texte visuellement titré sans balise hx (les légendes de tableau sont des caption).",
      pages: {
        "plan-du-site": { result: "C", reason: "Un seul titre h1 ; la page n'est qu'un plan en listes imbriquées, sans section à titrer." },
        "plan-chantier": { result: "C", reason: "Un h1 suffit : une seule liste d'actions sous le titre." },
        "hasard-1": { result: "C", reason: "Un h1 suffit : une seule liste d'actions sous le titre." },
        actualite: { result: "C", reason: "Un h1 et trois paragraphes, sans section qui demanderait un sous-titre." },
        "verser-un-plan": { result: "C", reason: "h1, puis les trois étapes en h2 ; le résultat généré ajoute des h3 (verdict, aperçu) et h4 (chantiers) à la bonne place." },
        ministere: { result: "C", reason: "h1, h2 Documents / Plans d'action / Exemples, h3 par plan, h4 pour les changements : hiérarchie cohérente." },
      },
    },
    "9.2": {
      result: "C", reason: "header (fr-header), main unique, footer (fr-footer) ; nav pour l'accès rapide, le fil d'Ariane, le menu latéral, le sommaire et les chantiers voisins, tous des zones de navigation.",
      pages: {
        accueil: { result: "C", reason: "header, main et footer présents ; seul nav, l'accès rapide (pas de fil d'Ariane sur l'accueil)." },
      },
    },
    "9.3": {
      result: "C", reason: "Les listes visuelles sont des ul/ol/li (menus, fil d'Ariane en ol, liens du pied de page, listes d'actions) ; aucune liste simulée.",
      pages: {
        recherche: { result: "C", reason: "Avec une requête, les résultats sont une liste ol de li." },
        "verser-un-plan": { result: "C", reason: "Étapes GitHub en ol, liens du modèle en ul, erreurs et actions de l'aperçu en ul générées." },
      },
    },
    "9.4": { result: "NA", reason: "Aucune citation : les textes entre guillemets sont des titres de documents, des libellés ou des termes." },
    "10.1": { result: "C", reason: "Aucune balise ni attribut de présentation (font, center, align, bgcolor…) dans le code ; le seul <br> coupe le logo DSFR ; pas d'espaces pour espacer des lettres ou simuler des colonnes." },
    "10.2": { result: "C", reason: "Feuilles de style retirées : tout le texte reste affiché (fil d'Ariane, menu, badges « Réalisation »…) ; les icônes CSS du DSFR sont décoratives et doublées d'un texte." },
    "10.3": { result: "C", reason: "Sans CSS, l'ordre linéaire reste logique : accès rapides, en-tête et recherche, fil d'Ariane, menu latéral, contenu, pied de page." },
    "10.4": { result: "C", reason: "À 200 % de taille de texte (font-size racine) et à 200 % de zoom (mise en page mobile), aucun texte coupé, chevauché ni défilement horizontal." },
    "10.5": { result: "C", reason: "body déclare à la fois color et background-color (palette DSFR) ; les autres couleurs et fonds, dont les soulignés en dégradé, héritent de ce couple." },
    "10.6": { result: "C", reason: "Les liens du texte sont soulignés (background-image du DSFR) ; ceux du menu, du fil d'Ariane et du pied de page se reconnaissent à leur place ; les titres-ancres ne sont pas pris dans un texte." },
    "10.7": {
      result: "C", reason: "Au clavier, chaque élément focalisable (liens, champ, bouton, summary, logo en fr-enlarge-link) montre le contour bleu de 2 px du DSFR et reste à l'écran.",
      pages: {
        chantier: { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        stade: { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        ministere: { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        "donnees-ouvertes": { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        "page-publication": { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        "hasard-2": { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        "plan-chantier": { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
        "hasard-1": { result: "C", reason: "Le menu latéral reste collé en haut de l'écran mais défile dans sa propre hauteur : chaque lien atteint au clavier vient à l'écran, avec son contour (vérifié à 1280 × 800 et à 200 %)." },
      },
    },
    "10.8": { result: "C", reason: "Contenus cachés : étiquette de recherche en fr-sr-only (à restituer), liens d'évitement visibles au focus, blocs repliés en display:none qu'un summary précédent déplie, <template> inerte." },
    "10.9": {
      result: "C", reason: "Aucune consigne ne repose sur la forme, la taille ou la place seules ; « ci-dessous » suit l'ordre du code, la page courante du menu est aussi donnée par aria-current.",
      pages: {
        actualite: { result: "C", reason: "Le texte mène par un lien à la publication sur une page, et nomme le lien des autres pages, au lieu de le situer sous le menu." },
      },
    },
    "10.10": { result: "C", reason: "Même constat : les indications de place (« ci-dessous ») correspondent à l'ordre du code, et le stade est toujours écrit en toutes lettres." },
    "10.11": { result: "C", reason: "À 320 px de large, pas de défilement horizontal (scrollWidth = 320) ; seuls les tableaux de données défilent dans leur conteneur, ce qui est admis ; à 256 px de haut, rien n'est perdu." },
    "10.12": {
      result: "C", reason: "Avec l'espacement WCAG 1.4.12 injecté, à 1280 et 320 px : aucun texte coupé ni chevauché, aucun défilement horizontal.",
      pages: {
        ministere: { result: "C", reason: "Avec l'espacement imposé à 320 px, le détail d'un lien de téléchargement se place sous sa dernière ligne : l'icône ne le recouvre plus." },
        "verser-un-plan": { result: "C", reason: "Avec l'espacement imposé à 320 px, le détail d'un lien de téléchargement se place sous sa dernière ligne : l'icône ne le recouvre plus." },
      },
    },
    "10.13": { result: "NA", reason: "Pas de contenu additionnel propre au site au survol ou au focus ; les title et la validation native relèvent du navigateur." },
    "10.14": { result: "C", reason: "Seuls les liens d'évitement apparaissent par CSS, au focus, là où ils servent ; il n'y a ni menu ni infobulle qui s'ouvre au survol." },
    "11.1": {
      result: "C", reason: "Le champ de recherche a un <label for=\"recherche-entete\"> (« Rechercher dans le site ») masqué, plus le bouton adjacent « Rechercher » comme étiquette visible.",
      pages: {
        recherche: { result: "C", reason: "Les deux champs de recherche (en-tête et page) ont chacun un label for/id « Rechercher dans le site » et un bouton adjacent « Rechercher »." },
        "verser-un-plan": { result: "C", reason: "Les cinq champs (ministère, période, bilan, note, fichier) ont chacun un <label for> visible dont le for correspond à l'id ; le champ de recherche aussi." },
      },
    },
    "11.2": {
      result: "C", reason: "« Rechercher dans le site » décrit la fonction du champ et contient l'intitulé visible « Rechercher » (bouton et placeholder).",
      pages: {
        "verser-un-plan": { result: "C", reason: "Les labels (« Ministère », « Période du plan », « Le tableau du plan »…) disent la fonction du champ et le nom accessible reprend le texte visible." },
      },
    },
    "11.3": { result: "C", reason: "Le champ de recherche porte la même étiquette « Rechercher dans le site » et le même bouton sur toutes les pages." },
    "11.4": {
      result: "C", reason: "Champ de recherche : étiquette masquée et bouton adjacent à droite, un cas admis pour une barre de recherche ; les autres labels sont au-dessus de leur champ.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Chaque label, avec son aide, est juste au-dessus de son champ (vérifié à 1280 et 320 px) ; la barre de recherche suit le cas de la recherche." },
      },
    },
    "11.5": {
      result: "NA", reason: "Pas de champs de même nature à regrouper (un seul champ de recherche).",
      pages: {
        "verser-un-plan": { result: "NA", reason: "Les cinq champs du formulaire sont de natures différentes : aucun regroupement n'est nécessaire." },
      },
    },
    "11.6": { result: "NA", reason: "Aucun regroupement de champs dans la page." },
    "11.7": { result: "NA", reason: "Aucun regroupement de champs, donc pas de légende." },
    "11.8": {
      result: "NA", reason: "Pas de liste <select> dans la page.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Les listes « Ministère » et « Ce que donne le tableau » ont peu d'options, d'une seule nature : <optgroup> inutile." },
      },
    },
    "11.9": {
      result: "C", reason: "Le bouton « Rechercher » a un contenu et un title identiques, pertinents, et l'icône du DSFR.",
      pages: {
        "verser-un-plan": { result: "C", reason: "« Vérifier le tableau » et « Rechercher » disent l'action ; le nom accessible reprend le texte visible." },
      },
    },
    "11.10": {
      result: "NA", reason: "Le champ de recherche n'a ni obligation ni format ni contrôle de saisie.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Les champs facultatifs portent « (facultatif) » dans le label et les autres ont required ; le format de la période est dans le label ; la validation native cible chaque champ en erreur." },
      },
    },
    "11.11": {
      result: "NA", reason: "Pas de contrôle de saisie dans le champ de recherche.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Une période mal saisie (« 22 ») fait afficher, après le message du navigateur, le format attendu et ses exemples, que porte l'attribut title du champ." },
      },
    },
    "11.12": {
      result: "NA", reason: "Aucun formulaire ne modifie ou ne supprime de données, et aucun n'a de portée financière ou juridique.",
      pages: {
        "verser-un-plan": { result: "NA", reason: "Le formulaire lit le tableau dans le navigateur et propose un fichier à télécharger : il ne transmet ni ne modifie aucune donnée." },
      },
    },
    "11.13": {
      result: "NA", reason: "Aucun champ ne demande une information sur l'utilisateur (recherche seulement).",
      pages: {
        "verser-un-plan": { result: "NA", reason: "Ministère du plan, période, bilan, note et fichier décrivent le plan versé, pas l'utilisateur ; autocomplete est inutile." },
      },
    },
    "12.1": { result: "C", reason: "Deux systèmes de navigation sur chaque page : le moteur de recherche de l'en-tête et le lien « Plan du site » du pied de page (plus le fil d'Ariane)." },
    "12.2": {
      result: "C", reason: "Le fil d'Ariane en haut du contenu, le menu latéral à gauche (pages de la publication) et les liens du pied de page gardent la même place et le même ordre.",
      pages: {
        accueil: { result: "NA", reason: "Page d'accueil : cas particulier du critère." },
      },
    },
    "12.3": {
      result: "NA", reason: "Critère évalué sur la page « Plan du site ».",
      pages: {
        "plan-du-site": { result: "C", reason: "Le plan reprend toutes les rubriques et sous-pages ; ses 40 liens répondent (HTTP 200) et mènent à la page que leur intitulé annonce (comparé au h1)." },
      },
    },
    "12.4": { result: "C", reason: "Le lien « Plan du site » est le premier lien du bas du pied de page sur chaque page, au même endroit dans le code." },
    "12.5": { result: "C", reason: "Le formulaire de recherche (role=search) est dans l'en-tête à droite sur chaque page, au même rang dans le code." },
    "12.6": { result: "C", reason: "Zones balisées : header (banner), form role=search, nav du fil d'Ariane et du menu, main, footer (contentinfo), plus les liens d'évitement." },
    "12.7": { result: "C", reason: "« Aller au contenu » est le premier lien, visible au focus, mène à main#contenu (tabindex=-1) qui prend le focus, à 1280 comme à 320 px." },
    "12.8": {
      result: "C", reason: "La tabulation suit l'ordre visuel (accès rapides, en-tête, fil d'Ariane, menu, contenu, pied de page) ; pas de tabindex positif.",
      pages: {
        "verser-un-plan": { result: "C", reason: "Ordre logique ; après vérification, le focus va sur le titre du résultat puis sur le lien de téléchargement inséré juste dessous." },
        recherche: { result: "C", reason: "Ordre logique ; les résultats insérés sous le formulaire viennent juste après lui dans la tabulation." },
      },
    },
    "12.9": { result: "C", reason: "Tab puis Maj+Tab parcourent toute la page dans les deux sens sans blocage (vérifié par un script, aussi après insertion des résultats)." },
    "12.10": { result: "NA", reason: "Aucun raccourci clavier : les scripts n'écoutent que submit et change." },
    "12.11": {
      result: "C", reason: "Les blocs repliables (fil d'Ariane et menu sur mobile, notes en <details>) s'ouvrent au clavier et leurs liens sont ensuite atteignables.",
      pages: {
        accueil: { result: "NA", reason: "Aucun contenu additionnel qui apparaîtrait au survol, au focus ou à l'activation." },
      },
    },
    "13.1": { result: "NA", reason: "Pas de meta refresh, de redirection par script ni de limite de session." },
    "13.2": { result: "NA", reason: "Aucune nouvelle fenêtre : pas de target ni de window.open." },
    "13.3": {
      result: "NA", reason: "Aucun document bureautique en téléchargement sur la page.",
      pages: {
        chantier: { result: "C", reason: "Le modèle XLSX a un titre, des feuilles nommées (Plan, Listes, Mode d'emploi), une ligne d'en-tête figée, aucune cellule fusionnée ; il est exploitable, et une version CSV est aussi proposée." },
        stade: { result: "C", reason: "Le modèle XLSX a un titre, des feuilles nommées (Plan, Listes, Mode d'emploi), une ligne d'en-tête figée, aucune cellule fusionnée ; il est exploitable, et une version CSV est aussi proposée." },
        "donnees-ouvertes": { result: "C", reason: "Le modèle XLSX a un titre, des feuilles nommées (Plan, Listes, Mode d'emploi), une ligne d'en-tête figée, aucune cellule fusionnée ; il est exploitable, et une version CSV est aussi proposée." },
        "hasard-2": { result: "C", reason: "Le modèle XLSX a un titre, des feuilles nommées (Plan, Listes, Mode d'emploi), une ligne d'en-tête figée, aucune cellule fusionnée ; il est exploitable, et une version CSV est aussi proposée." },
        ministere: { result: "C", reason: "Les plans XLSX ont un titre, des feuilles nommées, une ligne d'en-tête, aucune cellule fusionnée ; ils existent aussi en CSV et en version imprimable HTML." },
        "verser-un-plan": { result: "C", reason: "Le modèle XLSX a un titre, des feuilles nommées et documentées, une ligne d'en-tête, aucune cellule fusionnée ; il existe aussi en CSV." },
      },
    },
    "13.4": { result: "NA", reason: "Pas de document bureautique qui demande une version accessible distincte." },
    "13.5": { result: "NA", reason: "Pas d'art ASCII, d'émoticône ni de syntaxe cryptique (CO₂ et les unités sont usuels)." },
    "13.6": { result: "NA", reason: "Pas de contenu cryptique, donc pas d'alternative à juger." },
    "13.7": { result: "NA", reason: "Aucun flash ni changement brusque de luminosité (pas de vidéo, de canvas ni d'animation)." },
    "13.8": { result: "NA", reason: "Aucun contenu en mouvement ou clignotant déclenché automatiquement." },
    "13.9": { result: "C", reason: "Pas de blocage d'orientation : même contenu en portrait (320×640) et en paysage (640×360)." },
    "13.10": { result: "NA", reason: "Aucune fonction à geste complexe ; le glisser-déposer du champ fichier relève du navigateur." },
    "13.11": { result: "C", reason: "Seuls des liens, boutons et summary natifs, déclenchés au relâchement ; aucun écouteur mousedown, pointerdown ou touchstart." },
    "13.12": { result: "NA", reason: "Aucune fonction liée au mouvement de l'appareil." },
  },
  derogations: [],
  exemptions: [],
};

export default audit;
