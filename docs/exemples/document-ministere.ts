{ title: "Titre du document", size: "1,2 Mo" },
