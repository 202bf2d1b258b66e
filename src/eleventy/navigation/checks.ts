/*
 * The tree's checks: each stops the build with a French message that names the file and the field.
 */

/** What the checks read of a page in the tree. */
export interface CheckedEntry {
  key: string;
  parent: string | undefined;
  inputPath: string;
}

export function checkUniqueKeys(entries: CheckedEntry[]): void {
  const fileByKey = new Map<string, string>();
  for (const { key, inputPath } of entries) {
    // The plugin reads "a,b" as two keys: such a page would lose its children.
    if (key.includes(",")) {
      throw new Error(`${inputPath} : champ « eleventyNavigation.key » : « ${key} » contient une virgule`);
    }
    const other = fileByKey.get(key);
    if (other) {
      throw new Error(
        `${inputPath} : champ « eleventyNavigation.key » : « ${key} » est déjà la clé de ${other}`,
      );
    }
    fileByKey.set(key, inputPath);
  }
}

export function checkParentsExist(entries: CheckedEntry[]): void {
  const keys = new Set(entries.map((entry) => entry.key));
  for (const { parent, inputPath } of entries) {
    if (parent !== undefined && !keys.has(parent)) {
      throw new Error(
        `${inputPath} : champ « eleventyNavigation.parent » : aucune page n'a la clé « ${parent} »`,
      );
    }
  }
}

/** Pages whose chain of parents loops back on itself hang from no root: they are named. */
export function checkAllReachable(entries: CheckedEntry[], reached: ReadonlyMap<string, unknown>): void {
  const unreachable = entries.filter((entry) => !reached.has(entry.key));
  if (unreachable.length) {
    const files = unreachable.map((entry) => entry.inputPath).join(", ");
    throw new Error(
      `${files} : champ « eleventyNavigation.parent » : ces pages sont parentes les unes des autres`,
    );
  }
}
