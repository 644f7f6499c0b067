import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { StepFrame } from "#web/features/diary/StepFrame.tsx";
import { RESOURCES } from "#web/i18n/resources.ts";
import { MidasFlow } from "./AnswerFlows.tsx";
import { MIDAS_ITEMS } from "./midas-items.ts";

// A Spanish reader: MIDAS's items stay in their licensed English (WCAG 3.1.2: said as English).
const spanish = i18next.createInstance();
void spanish.init({ resources: RESOURCES, lng: "es", initAsync: false, interpolation: { escapeValue: false } });

const inSpanish = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(I18nextProvider, { i18n: spanish }, element));

describe("the language of a question", () => {
  it("marks MIDAS's English question as English on a Spanish page, and leaves the Spanish words around it unmarked", () => {
    const html = inSpanish(createElement(MidasFlow, { onDone: () => undefined }));
    const question = MIDAS_ITEMS[0]?.question ?? "";
    expect(/<h2 id="step-question"[^>]*\blang="en"[^>]*>([^<]*)<\/h2>/.exec(html)?.[1]).toBe(question);
    expect(html).toContain(RESOURCES.es.questionnaires.midas.none);
    expect(html.match(/lang="en"/g)).toHaveLength(1);
  });

  it("gives a question in the page's own language no lang of its own", () => {
    const html = inSpanish(createElement(StepFrame, { question: "¿Le ha dolido la cabeza hoy?", children: null }));
    const heading = /<h2 id="step-question"([^>]*)>([^<]*)<\/h2>/.exec(html);
    expect(heading?.[2]).toBe("¿Le ha dolido la cabeza hoy?");
    expect(heading?.[1]).not.toContain("lang=");
  });
});
