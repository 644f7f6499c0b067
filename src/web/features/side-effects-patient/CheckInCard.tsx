/**
 * The check-in on the Today screen (issue 8): on days 1, 7, 14 and 28 after each session, "Any
 * problems since your injections?" with "No" as one tap (saved on the phone, sent by the outbox)
 * and "Yes" opening the report with the check-in named. Shows nothing when none is due; offline,
 * from the check-ins this phone last fetched.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { checkInKey } from "#domain/triage/check-ins.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { todayIn } from "#web/offline/local-today.ts";
import type { CheckInEntry } from "#web/offline/side-effects-outbox-entry.ts";
import { useMySideEffects } from "#web/offline/use-my-side-effects.ts";
import { Button } from "#web/ui/Button.tsx";
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { answeredOnPhone, checkInToAsk } from "./check-in-prompt.ts";
import { sendStateOf } from "./send-state.ts";
import { useSideEffectWords } from "./use-side-effect-words.ts";
import { atWords } from "./when-words.ts";
import "./side-effects-patient.css";

export function CheckInCard({ patient }: { readonly patient: NonNullable<Me["patient"]> }) {
  const { state } = useSession();
  const effects = useMySideEffects(patient.patientId, state.phase === "ready" ? state.confirmedAt : null);
  // The answer given here, kept on screen to thank the person and say whether it was sent.
  const [answered, setAnswered] = useState<{ readonly id: string; readonly sessionDate: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const today = todayIn(patient.timeZone, new Date());
  const words = useSideEffectWords();
  const { t, language } = words;

  if (answered) {
    const entry = effects.entries.find((candidate): candidate is CheckInEntry => candidate.id === answered.id);
    const sent = entry ? sendStateOf(entry, { online: effects.online, ownerName: patient.name, at: (instant) => atWords(instant, words), t }) : null;
    return (
      <section className="check-in" aria-label={t("checkIn.label")} data-testid="check-in-thanks">
        <StatusMessage tone="ok" title={t("checkIn.thanks")}>
          <p>{t("checkIn.noted", { date: formatDateLong(answered.sessionDate, language) })}</p>
          {sent ? <p className={`send-state send-state--${sent.tone}`} data-testid="check-in-sent">{sent.text}</p> : null}
        </StatusMessage>
      </section>
    );
  }

  const checkIn = effects.ready ? checkInToAsk(effects.copy?.answer.checkIns ?? [], answeredOnPhone(effects.entries), today) : null;
  if (!checkIn) return null;

  const answerNo = async () => {
    setProblem(null);
    const result = await effects.answerNoProblems({ sessionId: checkIn.sessionId, day: checkIn.day });
    if (result.ok) setAnswered({ id: result.entry.id, sessionDate: checkIn.sessionDate });
    else setProblem(result.kind === "not-stored" ? t("checkIn.notStored", { reason: result.reason }) : result.error.message);
  };

  return (
    <section className="check-in" aria-labelledby={`check-in-${checkInKey(checkIn.sessionId, checkIn.day)}`} data-testid="check-in">
      <h2 className="check-in__question" id={`check-in-${checkInKey(checkIn.sessionId, checkIn.day)}`}>
        {t("checkIn.question")}
      </h2>
      <p className="muted">{t("checkIn.which", { date: formatDateLong(checkIn.sessionDate, language), day: checkIn.day })}</p>
      {problem ? (
        <StatusMessage tone="error" title={t("checkIn.notSaved")} testId="check-in-problem">
          {problem}
        </StatusMessage>
      ) : null}
      <div className="check-in__answers">
        <Button variant="primary" className="check-in__no" onClick={() => void answerNo()}>
          {t("checkIn.no")}
        </Button>
        <Button className="check-in__yes" onClick={() => navigate(`/side-effects/new?checkIn=${encodeURIComponent(checkIn.sessionId)}:${checkIn.day}`)}>
          {t("checkIn.yes")}
        </Button>
      </div>
    </section>
  );
}
