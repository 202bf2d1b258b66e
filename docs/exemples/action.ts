{
  id: "louer-des-equipements",          // minuscules, chiffres et tirets, unique
  chantier: "achats",                   // un identifiant de _data/chantiers.ts
  stage: "experimentation",             // realisation, experimentation ou reflexion
  stageSource: "editorial",             // publication si son texte donne ce stade, editorial sinon
  title: "Louer des équipements plutôt que les acheter.",  // Markdown en ligne
  note: "Pourquoi cette action est à ce stade.",           // facultatif
},
