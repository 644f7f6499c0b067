import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SessionProvider } from "#web/app/session.tsx";
import { DemoChoice } from "./DemoChoice.tsx";

const render = (demoPresent: boolean) =>
  renderToStaticMarkup(createElement(SessionProvider, null, createElement(DemoChoice, { setup: { initialized: false, demoPresent, demoLogins: null } })));

describe("DemoChoice", () => {
  it.each([false, true])("says the demo holds up to a year of diary (demo present: %s), not a few months", (demoPresent) => {
    const text = render(demoPresent);
    expect(text).toContain("up to a year of diary");
    expect(text).not.toContain("a few months");
  });
});
