/** The page's element with this id; the page and its script go together, so a missing one is a bug. */
export function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`élément #${id} absent de la page`);
  return found;
}

/** A copy of one of the models the page holds in `<template id="verser-modeles">`. */
export function cloneModel(name: string): HTMLElement {
  const template = element("verser-modeles") as HTMLTemplateElement;
  const model = template.content.querySelector(`[data-modele="${name}"]`);
  if (!model) throw new Error(`modèle « ${name} » absent de la page`);
  const copy = model.cloneNode(true) as HTMLElement;
  copy.removeAttribute("data-modele");
  return copy;
}

export const hasModel = (name: string) =>
  (element("verser-modeles") as HTMLTemplateElement).content.querySelector(`[data-modele="${name}"]`) !==
  null;

/** The badge the site's component drew for this stage. */
export function stageBadge(stage: string): Node {
  const template = element("verser-modeles") as HTMLTemplateElement;
  const badge = template.content.querySelector(`[data-stade="${stage}"] > *`);
  return badge ? badge.cloneNode(true) : document.createTextNode(stage);
}

export function textElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  return created;
}

/** French spacing inside guillemets: « and » never end or start a line alone. */
export const frenchText = (text: string) => text.replace(/« /g, "«\u00a0").replace(/ »/g, "\u00a0»");
