/**
 * The one-page printable summary of the phone diary (issue 9 §5): the counts a specialist asks
 * for over the 28 days, counted by the clinic's own code (src/domain/self-check/phone-diary-summary.ts
 * over src/domain/diary/window-counts.ts), and the days at a glance. The print stylesheet keeps it
 * to one page; "Print or save as PDF" is the browser's own print.
 */
import { useTranslation } from "react-i18next";
import { classifyDay } from "#domain/diary/classify-day.ts";
import { MEDICATION_CLASS_TABLE } from "#domain/diary/medication-classes.ts";
import type { DayCountName } from "#domain/diary/window-counts.ts";
import { summarizePhoneDiary } from "#domain/self-check/phone-diary-summary.ts";
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { Link } from "#web/app/router.tsx";
import { currentLanguage } from "#web/i18n/i18n.ts";
import { formatDateShort, formatNumber } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { PHONE_DIARY_PATH } from "./self-check-paths.ts";
import { SelfCheckFrame } from "./SelfCheckFrame.tsx";
import { usePhoneDiary } from "./use-phone-diary.ts";

const MAIN_COUNTS: readonly ("daysRecorded" | DayCountName)[] = ["daysRecorded", "anyHeadacheDays", "headacheDays", "migraineDays", "moderateSevereDays", "acuteMedicationDays"];

/** One letter per day for the day grid (its legend explains them). */
function dayMark(day: DiaryDay | undefined): string {
  if (day === undefined) return "";
  const classified = classifyDay(day, { settings: DEFAULT_SETTINGS });
  const letter = classified.migraine ? "M" : classified.headacheDay ? "H" : classified.anyHeadache ? "h" : "–";
  return classified.acuteMedication ? `${letter}+` : letter;
}

export function SummaryPage() {
  const { t } = useTranslation("selfCheck");
  const language = currentLanguage();
  const diary = usePhoneDiary();
  const { period, counts } = summarizePhoneDiary(diary.days, diary.today);
  const byDate = new Map(diary.days.map((day) => [day.date, day]));
  const dates: PlainDate[] = Array.from({ length: 28 }, (_, index) => addDays(period.start, index));
  const number = (value: number) => formatNumber(value, language);

  return (
    <SelfCheckFrame title={t("summary.title")}>
      <div className="self-check__actions no-print">
        <Button variant="primary" onClick={() => window.print()}>
          {t("summary.print")}
        </Button>
        <Link to={PHONE_DIARY_PATH} className="button button--secondary">
          {t("summary.back")}
        </Link>
      </div>
      {diary.ready && diary.days.length === 0 ? <StatusMessage tone="info" title={t("summary.empty")} /> : null}
      <div className="self-check__summary" data-testid="phone-diary-summary">
        <p>{t("summary.for")}</p>
        <p>
          <strong>{t("summary.period", { start: formatDateShort(period.start, language), end: formatDateShort(period.end, language) })}</strong>
        </p>
        {!counts.complete && diary.days.length > 0 ? <p className="self-check__warn">{t("summary.incomplete")}</p> : null}
        <table className="self-check__counts">
          <caption>{t("summary.countsHeading")}</caption>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">{t("summary.count")}</th>
            </tr>
          </thead>
          <tbody>
            {MAIN_COUNTS.map((name) => (
              <tr key={name} data-count={name}>
                <th scope="row">{t(`summary.${name}`)}</th>
                <td>{number(counts[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="self-check__counts">
          <caption>{t("summary.byClassHeading")}</caption>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">{t("summary.count")}</th>
            </tr>
          </thead>
          <tbody>
            {MEDICATION_CLASS_TABLE.map(({ medicationClass, count }) => (
              <tr key={count} data-count={count}>
                <th scope="row">{t(`classes.${medicationClass}`)}</th>
                <td>{number(counts[count])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 className="self-check__grid-heading">{t("summary.daysHeading")}</h2>
        <ol className="self-check__grid" aria-label={t("summary.daysHeading")}>
          {dates.map((date) => (
            <li key={date} data-date={date}>
              <span className="self-check__grid-date">{formatDateShort(date, language).replace(/\s?\d{4}$/, "")}</span>
              <span className="self-check__grid-mark">{dayMark(byDate.get(date))}</span>
            </li>
          ))}
        </ol>
        <p className="muted self-check__small">{t("summary.legend")}</p>
        <p className="muted self-check__small">{t("summary.howCounted")}</p>
        <p className="self-check__specialist">
          <strong>{t("summary.specialist")}</strong>
        </p>
      </div>
    </SelfCheckFrame>
  );
}
