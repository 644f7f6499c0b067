/** The self-check diary kept on this phone, read into the page, with today's date on this device. */
import { useCallback, useEffect, useState } from "react";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { todayIn } from "#web/offline/local-today.ts";
import { storageFailureReason } from "#web/offline/save-on-phone.ts";
import { readPhoneDiary, type PhoneDiaryEntry } from "./phone-diary-db.ts";

export interface PhoneDiary {
  readonly ready: boolean;
  readonly entries: readonly PhoneDiaryEntry[];
  /** The days as the clinical core reads them. */
  readonly days: readonly DiaryDay[];
  readonly today: PlainDate;
  /** Why this phone cannot keep the diary, in words; null when it can. */
  readonly problem: string | null;
  readonly reload: () => Promise<void>;
}

/** The device's own calendar date: the diary belongs to the person's local calendar (pathway-rules §1). */
function deviceToday(): PlainDate {
  return plainDate(todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, new Date()));
}

export function usePhoneDiary(): PhoneDiary {
  const [entries, setEntries] = useState<readonly PhoneDiaryEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [today] = useState(deviceToday);

  const reload = useCallback(async () => {
    try {
      setEntries(await readPhoneDiary());
      setProblem(null);
    } catch (error) {
      setProblem(storageFailureReason(error));
    } finally {
      setReady(true);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const days = entries.map((entry): DiaryDay => ({ ...entry.answers, date: plainDate(entry.date) }));
  return { ready, entries, days, today, problem, reload };
}
