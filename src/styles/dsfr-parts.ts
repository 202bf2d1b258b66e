/**
 * The parts of the State's design system the site uses, in cascade order: its core, then one
 * stylesheet a component. Adding a DSFR component to a template means adding it here.
 */
export const DSFR_DIST = "node_modules/@gouvfr/dsfr/dist";

export const DSFR_COMPONENTS = [
  "skiplink",
  "logo",
  "header",
  "footer",
  "sidemenu",
  "breadcrumb",
  "badge",
  "table",
  "link",
  "callout",
  "alert",
  "button",
  "form",
  "input",
  "select",
  "upload",
  "search",
  "summary",
  "pagination",
] as const;

/**
 * Screen styles for current browsers, the dark palette (DSFR keeps it apart, in `scheme`), then
 * print styles, which DSFR wraps in @media print itself.
 */
export function dsfrStylesheets(): string[] {
  const parts = ["core/core", ...DSFR_COMPONENTS.map((name) => `component/${name}/${name}`)];
  return [
    ...parts.map((part) => `${DSFR_DIST}/${part}.main.min.css`),
    `${DSFR_DIST}/scheme/scheme.min.css`,
    ...parts.map((part) => `${DSFR_DIST}/${part}.print.min.css`),
  ];
}
