/**
 * Invented names for the demo clinic. The surnames are puns on "sample", "mock" and "test" so a
 * demo record can never be mistaken for a real person's.
 */
import type { Random } from "./prng.ts";

const FIRST_NAMES = [
  "Ada", "Bram", "Cleo", "Dario", "Elin", "Fenna", "Gus", "Hattie", "Ivo", "Juno",
  "Kit", "Lark", "Milo", "Nell", "Otto", "Pim", "Quinn", "Rosa", "Sol", "Tilde",
  "Ulla", "Vik", "Wren", "Xavi", "Yara", "Zeno", "Bea", "Cass", "Dex", "Edda",
] as const;

const LAST_NAMES = [
  "Sampleton", "Mockridge", "Testwell", "Fauxley", "Placeholt", "Dummond", "Fictwood", "Pretendly",
  "Madeupson", "Notreal", "Exampleby", "Lorembury", "Ipsumford", "Stubbins", "Fixturely", "Demoski",
  "Seedwell", "Synthby", "Mockett", "Samplewood",
] as const;

/** Where the demo staff's email addresses live: a reserved `.test` domain (RFC 2606). */
export const DEMO_EMAIL_DOMAIN = "demo.cephalog.test";

/**
 * `count` distinct invented full names in seeded order; past the supply of pairs a number is appended.
 * @example drawNames(createRandom(1), 2) // ["Cleo Fictwood", "Nell Notreal"]
 */
export function drawNames(random: Random, count: number): string[] {
  const pairs = random.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)));
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / pairs.length);
    const name = pairs[i % pairs.length] as string;
    return round === 0 ? name : `${name} ${round + 1}`;
  });
}

/**
 * A demo email address for an invented name.
 * @example demoEmail("Ada Sampleton") // "ada.sampleton@demo.cephalog.test"
 */
export function demoEmail(name: string): string {
  const local = name.toLowerCase().replace(/[^a-z0-9]+/g, ".").replace(/^\.|\.$/g, "");
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}
