/**
 * Prints the readability of every Learn page: `node scripts/readability.ts`. English: Flesch-Kincaid
 * grade (the test holds it at 7 or below) and Flesch reading ease; Spanish: Szigriszt-Pazos and
 * Fernández Huerta, reported (docs/clinical/learn.md).
 */
import { readabilityTable } from "./readability/table.ts";

console.log(readabilityTable());
