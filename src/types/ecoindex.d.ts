// cnumr's EcoIndex package ships JavaScript only; this declares the two functions the site uses.
declare module "ecoindex" {
  /** The score, from the DOM size, the number of requests and the transfer size in KB. */
  export function computeEcoIndex(domElements: number, requests: number, sizeKilobytes: number): number;
  export function getEcoIndexGrade(score: number): string | false;
}
