import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

async function fingerprints(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  const result = new Map<string, string>();
  for (const file of files) {
    const relative = path.relative(dir, path.join(file.parentPath, file.name));
    result.set(
      relative,
      createHash("sha256")
        .update(await readFile(path.join(dir, relative)))
        .digest("hex"),
    );
  }
  return result;
}

/** The files that differ between two folders, or exist in one only. */
export async function differingFiles(first: string, second: string): Promise<string[]> {
  const [a, b] = await Promise.all([fingerprints(first), fingerprints(second)]);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}
