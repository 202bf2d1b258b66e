import type { Publication } from "../src/catalogue/schema.ts";

const publication: Publication = {
  title: "Plans d'action des ministères pour réduire l'empreinte environnementale du numérique",
  publisher: "Mission interministérielle numérique écoresponsable (MiNumEco), DINUM",
  publishedOn: "2022-04-01",
  licence: { name: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
};

export default publication;
