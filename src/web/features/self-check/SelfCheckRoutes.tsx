/** The public self-check's pages, loaded together on demand so the diary opens with the network cut. */
import { PhoneDiaryPage } from "./PhoneDiaryPage.tsx";
import { PHONE_DIARY_PATH, SUMMARY_PATH } from "./self-check-paths.ts";
import { SelfCheckPage } from "./SelfCheckPage.tsx";
import { SummaryPage } from "./SummaryPage.tsx";

export function SelfCheckRoutes({ path }: { readonly path: string }) {
  if (path === PHONE_DIARY_PATH) return <PhoneDiaryPage />;
  if (path === SUMMARY_PATH) return <SummaryPage />;
  return <SelfCheckPage />;
}
