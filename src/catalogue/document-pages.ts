import type { MinistryView } from "./page-views.ts";
import type { PlanView } from "./plans.ts";
import { catalogueUrls } from "./urls.ts";

/*
 * The document pages: a whole plan, or the whole publication, on one page, to read, print, or
 * download as the PDF a separate command makes of it (src/pdf/). Each says where its PDF goes.
 */

export interface DocumentPage {
  url: string;
  title: string;
  /** Where its PDF is published, beside it, once the PDF command has made it. */
  pdfUrl: string;
}

export interface PlanDocumentPage extends DocumentPage {
  ministry: { id: string; name: string; shortName: string; url: string };
  plan: PlanView;
  /** Its chantiers, each with the id of its section and its title. */
  parts: { id: string; text: string }[];
}

export const publicationDocumentPage = (title: string): DocumentPage => ({
  url: catalogueUrls.publicationDocument,
  title,
  pdfUrl: catalogueUrls.documentPdf(catalogueUrls.publicationDocument, "plans-action-des-ministeres"),
});

/** One document page per plan of every ministry. */
export function planDocumentPages(ministries: MinistryView[]): PlanDocumentPage[] {
  return ministries.flatMap((ministry) =>
    ministry.plans.map((plan) => ({
      url: plan.documentUrl,
      title: `${ministry.shortName}, plan ${plan.period} en entier`,
      pdfUrl: plan.pdfUrl,
      ministry: { id: ministry.id, name: ministry.name, shortName: ministry.shortName, url: ministry.url },
      plan,
      parts: plan.byChantier.map((group) => ({ id: group.anchor, text: group.chantier.title })),
    })),
  );
}
