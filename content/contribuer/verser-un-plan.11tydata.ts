import type { SiteMetadata } from "../../_data/site.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { plansUploadUrl } from "../../src/import/plan-file.ts";
import { planUploadData } from "../../src/import/upload-data.ts";

interface UploadPageData {
  catalogue: Catalogue;
  site: SiteMetadata;
}

export default {
  eleventyComputed: {
    /** What the page's script reads, as JSON that cannot close its <script> element. */
    uploadData: ({ catalogue, site }: UploadPageData) =>
      JSON.stringify(planUploadData(catalogue, new URL(site.url).pathname)).replace(/</g, "\\u003c"),
    /** Where GitHub adds a file to the plans' folder, when the repository is known. */
    uploadUrl: ({ site }: UploadPageData) => (site.repository ? plansUploadUrl(site.repository) : undefined),
  },
};
