/** A draft is built by the dev server only: `npm run build` leaves it out. */
export function isLeftOutOfBuild(data: Record<string, unknown>, runMode: string | undefined): boolean {
  return data.draft === true && runMode === "build";
}
