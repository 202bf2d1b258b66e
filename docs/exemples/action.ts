{
  id: "louer-des-equipements",          // minuscules, chiffres et tirets, unique
  chantier: "achats",                   // un identifiant de _data/chantiers.ts
  stage: "experimentation",             // realisation, experimentation ou reflexion
  title: "Louer des équipements plutôt que les acheter.",  // Markdown en ligne
  note: "Pourquoi cette action est à ce stade.",           // facultatif
},
