import "i18next";
import type { Resources } from "./resources.ts";

// Keys are checked by the compiler: t("learn:…") must name a string English has.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Resources;
  }
}
