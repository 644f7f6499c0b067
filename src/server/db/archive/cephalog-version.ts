/** The version of Cephalog this is (package.json), written into every archive for people to read. */
import { readFileSync } from "node:fs";

let version: string | undefined;

export function cephalogVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  return version;
}
