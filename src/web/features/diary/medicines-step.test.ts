import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { RESOURCES } from "#web/i18n/resources.ts";
import { MedicinesStep } from "./MedicinesStep.tsx";

const english = i18next.createInstance();
void english.init({ resources: RESOURCES, lng: "en", initAsync: false, interpolation: { escapeValue: false } });

const render = (withAccount?: boolean) =>
  renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n: english },
      createElement(MedicinesStep, {
        medications: [],
        own: [],
        position: { index: 3, count: 4 },
        saving: false,
        onToggle: () => undefined,
        onSameAsUsual: () => undefined,
        onSave: () => undefined,
        onBack: () => undefined,
        ...(withAccount === undefined ? {} : { withAccount }),
      }),
    ),
  );

describe("the medicines question without a medicine list", () => {
  it("points a patient to Account, where their list is kept", () => {
    const html = render();
    expect(html).toContain("Add the medicines you usually take in Account");
    expect(html).toContain('href="/account"');
  });

  it("says nothing about Account in the self-check's phone diary, which has no account", () => {
    const html = render(false);
    expect(html).toContain("Tap each one you took.");
    expect(html).not.toContain("Account");
    expect(html).not.toContain('href="/account"');
  });
});
