import { describe, expect, it } from "vitest";
import { LEARN_SLUGS, type LearnPageText } from "#web/i18n/locales/en/learn.ts";
import { RESOURCES } from "#web/i18n/resources.ts";
import { countUnits, englishSyllables, indexAsPage, pageUnits, scoreEnglish, scoreSpanish, sentenceCount, spanishSyllables, words } from "./measure.ts";
import { readabilityTable } from "./table.ts";

const english: [string, LearnPageText][] = [["index", indexAsPage(RESOURCES.en.learn)], ...LEARN_SLUGS.map((slug): [string, LearnPageText] => [slug, RESOURCES.en.learn.pages[slug]])];
const allText = (page: LearnPageText) => pageUnits(page).join(" ");

describe("Learn reads at a 12-year-old's level (issue 9 §4)", () => {
  it.each(english)("English %s: Flesch-Kincaid grade 7 or below, reading ease 70 or above", (_name, page) => {
    const { grade, ease, counts } = scoreEnglish(page);
    expect(counts.words).toBeGreaterThan(20);
    expect(grade).toBeLessThanOrEqual(7);
    expect(ease).toBeGreaterThanOrEqual(70);
  });

  it("the measure bites: clinical prose scores far above grade 7", () => {
    const prose: LearnPageText = {
      title: "Onabotulinumtoxin A prophylaxis",
      summary: "Pharmacological considerations.",
      sections: [
        {
          heading: "Contraindications and precautions",
          paragraphs: [
            "Administration is contraindicated in individuals demonstrating hypersensitivity to any botulinum neurotoxin preparation, and concomitant aminoglycoside antibiotics may potentiate neuromuscular blockade considerably.",
          ],
        },
      ],
      sources: "Prescribing information.",
    };
    expect(scoreEnglish(prose).grade).toBeGreaterThan(12);
  });

  it("prints the table docs/clinical/learn.md holds (node scripts/readability.ts)", () => {
    const table = readabilityTable();
    for (const slug of LEARN_SLUGS) expect(table).toContain(`/learn/${slug}`);
    console.log(table);
  });
});

describe("the counts behind the scores", () => {
  it("finds words, sentences and syllables", () => {
    expect(words("It's a 12-week wait.")).toEqual(["It's", "a", "12-week", "wait"]);
    expect(sentenceCount("One. Two? Three")).toBe(3);
    expect(sentenceCount("a list item")).toBe(1);
    expect(countUnits(["The cat sat.", "A dog ran home"], englishSyllables)).toEqual({ sentences: 2, words: 7, syllables: 7 });
  });

  it.each([
    ["cabeza", 3],
    ["día", 2],
    ["cuidado", 3],
    ["migraña", 3],
    ["aire", 2],
    ["leer", 2],
    ["ciudad", 2],
    ["guerra", 2],
    ["que", 1],
    ["muy", 1],
    ["y", 1],
    ["ahora", 3],
    ["oír", 2],
    ["inyecciones", 4],
    ["tratamiento", 4],
  ] as const)("Spanish syllables of %s: %i", (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it("scores Spanish pages with Szigriszt-Pazos and Fernández Huerta (reported, not held to a bar)", () => {
    for (const slug of LEARN_SLUGS) {
      const scores = scoreSpanish(RESOURCES.es.learn.pages[slug]);
      expect(Number.isFinite(scores.szigrisztPazos) && Number.isFinite(scores.fernandezHuerta)).toBe(true);
    }
  });
});

describe("the Learn pages say what issue 9 §4 asks, in both languages", () => {
  it("every page has sections with text and a sources line", () => {
    for (const language of ["en", "es"] as const) {
      for (const slug of LEARN_SLUGS) {
        const page = RESOURCES[language].learn.pages[slug];
        expect(page.sections.length, `${language} ${slug}`).toBeGreaterThan(0);
        expect(page.sources.length, `${language} ${slug}`).toBeGreaterThan(10);
        for (const section of page.sections) expect(section.paragraphs.length + (section.list?.length ?? 0) + (section.urgent ? 1 : 0), `${language} ${slug}: ${section.heading}`).toBeGreaterThan(0);
      }
    }
  });

  it("the visit: 31 injections in 7 muscle areas, about 15 minutes, every 12 weeks, 2 treatments before judging", () => {
    const en = allText(RESOURCES.en.learn.pages["the-visit"]);
    for (const fact of ["31 small shots in 7 muscle areas", "about 15 minutes", "every 12 weeks", "2 treatments before"]) expect(en).toContain(fact);
    const es = allText(RESOURCES.es.learn.pages["the-visit"]);
    for (const fact of ["31 inyecciones pequeñas en 7 zonas", "unos 15 minutos", "cada 12 semanas", "2 tratamientos"]) expect(es).toContain(fact);
  });

  it("side effects: the common ones, and an emergency box for swallowing or breathing", () => {
    const page = RESOURCES.en.learn.pages["side-effects"];
    const common = page.sections[0]?.list ?? [];
    expect(common).toEqual(expect.arrayContaining(["pain where the shots went in", "neck pain or a stiff neck", "weak muscles"]));
    const urgent = page.sections.find((section) => section.urgent)?.urgent;
    expect(urgent?.paragraphs[0]).toMatch(/trouble swallowing or breathing, call your emergency number at once/);
    const spanish = RESOURCES.es.learn.pages["side-effects"].sections.find((section) => section.urgent)?.urgent;
    expect(spanish?.paragraphs[0]).toMatch(/cuesta tragar o respirar, llame enseguida al número de emergencias/);
  });
});
