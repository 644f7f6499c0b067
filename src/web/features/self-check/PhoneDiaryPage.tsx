/**
 * The 4-week diary kept only on this phone (issue 9 §5): the same daily questions as a clinic's
 * patients answer (the diary's own EntryFlow), saved in this phone's own store, with the days of
 * the 28-day period listed so a missed one can be filled in. Nothing is sent anywhere.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { phoneDiaryPeriod } from "#domain/self-check/phone-diary-summary.ts";
import { addDays, compareDates, minDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { draftFromAnswers, EMPTY_DRAFT } from "#web/features/diary/entry-draft.ts";
import { EntryFlow } from "#web/features/diary/EntryFlow.tsx";
import { describeDay, type DiaryWords } from "#web/features/diary/diary-words.ts";
import { useDiaryWords } from "#web/features/diary/use-diary-words.ts";
import { signInReturningTo } from "#web/app/return-address.ts";
import { Link } from "#web/app/router.tsx";
import { currentLanguage } from "#web/i18n/i18n.ts";
import { formatDateLong, formatDateShort } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { keepOnPhone } from "./keep-on-phone.ts";
import { clearPhoneDiary, type PhoneDiaryEntry } from "./phone-diary-db.ts";
import { CARRY_OVER_PATH, SELF_CHECK_PATH, SUMMARY_PATH } from "./self-check-paths.ts";
import { SelfCheckFrame } from "./SelfCheckFrame.tsx";
import { usePhoneDiary } from "./use-phone-diary.ts";
import "#web/features/diary/diary.css";

/** Yesterday's kept answers for the "Same as yesterday" answer, when the day itself is new. */
function yesterdayOf(date: PlainDate, byDate: ReadonlyMap<string, PhoneDiaryEntry>, words: DiaryWords) {
  if (byDate.has(date)) return null;
  const yesterday = byDate.get(addDays(date, -1));
  return yesterday ? { answers: yesterday.answers, words: describeDay(yesterday.answers, words) } : null;
}

/** Days before the first one that can still be filled in, while the 4 weeks run: a missed week. */
const DAYS_BACK = 6;

/**
 * The dates listed, newest first: the period's up to today and, while it runs, the week before
 * its first day too (a person who starts today may fill in the last few days).
 */
function datesToShow(start: PlainDate, end: PlainDate, today: PlainDate): PlainDate[] {
  const last = minDate(end, today);
  if (compareDates(today, end) <= 0) start = minDate(start, addDays(today, -DAYS_BACK));
  const dates: PlainDate[] = [];
  for (let date = last; compareDates(date, start) >= 0; date = addDays(date, -1)) dates.push(date);
  return dates;
}

export function PhoneDiaryPage() {
  const { t } = useTranslation("selfCheck");
  const language = currentLanguage();
  const diary = usePhoneDiary();
  const words = useDiaryWords();
  const [chosen, setChosen] = useState<PlainDate | null>(null);
  const [saved, setSaved] = useState(false);
  const period = phoneDiaryPeriod(diary.days, diary.today);
  const byDate = new Map(diary.entries.map((entry) => [entry.date, entry]));
  // An empty diary opens on today's question.
  const editing = chosen ?? (diary.ready && diary.entries.length === 0 && diary.problem === null ? diary.today : null);
  const recorded = diary.days.filter((day) => compareDates(day.date, period.start) >= 0 && compareDates(day.date, period.end) <= 0).length;

  return (
    <SelfCheckFrame title={t("diary.title")}>
      <p className="self-check__privacy">{t("diary.privacy")}</p>
      {diary.problem ? <StatusMessage tone="error" title={t("diary.notStored", { reason: diary.problem })} /> : null}
      {saved && editing === null ? <StatusMessage tone="ok" title={t("diary.saved")} testId="phone-diary-saved" /> : null}
      {editing !== null ? (
        <>
          <EntryFlow
            key={editing}
            question={editing === diary.today ? t("diary.questionToday") : t("diary.question", { date: formatDateLong(editing, language) })}
            initial={byDate.get(editing) ? draftFromAnswers(byDate.get(editing)?.answers ?? { headache: false }) : EMPTY_DRAFT}
            // Not a patient yet: no medicine list of their own; "Same as yesterday" when yesterday was kept.
            ownMedicines={[]}
            withAccount={false}
            yesterday={yesterdayOf(editing, byDate, words)}
            onCancel={chosen !== null ? () => setChosen(null) : undefined}
            onSave={async (answers) => {
              const result = await keepOnPhone(editing, answers);
              if (result.ok) {
                await diary.reload();
                setChosen(null);
                setSaved(true);
              }
              return result;
            }}
          />
        </>
      ) : null}
      {editing === null && diary.ready ? (
        <>
          <p className="self-check__period">
            {t("diary.period", { start: formatDateShort(period.start, language), end: formatDateShort(period.end, language) })}
            <br />
            <strong data-testid="phone-diary-recorded">{t("diary.daysRecorded", { count: recorded })}</strong>
          </p>
          <section aria-labelledby="phone-days-heading">
            <h2 id="phone-days-heading">{t("diary.daysHeading")}</h2>
            <ul className="self-check__days">
              {datesToShow(period.start, period.end, diary.today).map((date) => {
                const entry = byDate.get(date);
                const status = entry === undefined ? t("diary.missing") : entry.answers.headache ? t("diary.headache") : t("diary.headacheFree");
                const dateText = date === diary.today ? `${t("diary.today")} · ${formatDateLong(date, language)}` : formatDateLong(date, language);
                return (
                  <li key={date} className="self-check__day" data-date={date} data-state={entry === undefined ? "missing" : entry.answers.headache ? "headache" : "free"}>
                    <span>
                      <span className="self-check__day-date">{dateText}</span>
                      <span className="muted"> · {status}</span>
                    </span>
                    <Button
                      variant={entry === undefined ? "primary" : "secondary"}
                      aria-label={`${entry === undefined ? t("diary.fillIn") : t("diary.change")}: ${dateText}`}
                      onClick={() => {
                        setSaved(false);
                        setChosen(date);
                      }}
                    >
                      {entry === undefined ? t("diary.fillIn") : t("diary.change")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
          <div className="self-check__actions">
            {diary.entries.length > 0 ? (
              <Link to={SUMMARY_PATH} className="button button--primary">
                {t("diary.summary")}
              </Link>
            ) : null}
            <Link to={SELF_CHECK_PATH} className="button button--secondary">
              {t("diary.checkLink")}
            </Link>
          </div>
          {diary.entries.length > 0 ? (
            <>
              <p>
                {t("diary.carry")} <a href={signInReturningTo(CARRY_OVER_PATH)}>{t("diary.carryLink")}</a>
              </p>
              <Button
                variant="quiet"
                onClick={() => {
                  if (!window.confirm(t("diary.clearConfirm"))) return;
                  void clearPhoneDiary().then(diary.reload);
                }}
              >
                {t("diary.clear")}
              </Button>
            </>
          ) : null}
        </>
      ) : null}
    </SelfCheckFrame>
  );
}
