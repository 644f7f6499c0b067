/**
 * The questions of one questionnaire, one per screen (design.md): MIDAS's five day counts, then A
 * (headache days) and B (pain 0-10); HIT-6's six items in the clinic's licensed wording, each with
 * its five answers. The last answer hands the whole set to `onDone`.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Hit6Wording } from "#contracts/api/questionnaires.ts";
import { MIDAS_MAX_DAYS } from "#domain/questionnaires/midas.ts";
import { ChoiceButton } from "#web/features/diary/ChoiceButton.tsx";
import { StepFrame } from "#web/features/diary/StepFrame.tsx";
import { DayCountStep } from "./DayCountStep.tsx";
import { MIDAS_ITEMS } from "./midas-items.ts";
import { PainStep } from "./PainStep.tsx";
import type { QuestionnaireDraft } from "./save-questionnaire-on-phone.ts";

/** The language MIDAS's items are written in, whatever the page's. */
const MIDAS_LANGUAGE = "en";

type FlowProps = {
  readonly onDone: (draft: QuestionnaireDraft) => void;
};

export function MidasFlow({ onDone }: FlowProps) {
  const { t } = useTranslation("questionnaires");
  const [answers, setAnswers] = useState<readonly (number | null)[]>(MIDAS_ITEMS.map(() => null));
  const [index, setIndex] = useState(0);
  const item = MIDAS_ITEMS[index] ?? MIDAS_ITEMS[0];
  if (item === undefined) return null;
  const position = { index, count: MIDAS_ITEMS.length };
  const back = index > 0 ? () => setIndex(index - 1) : undefined;
  const answer = (value: number) => {
    const next = answers.map((old, i) => (i === index ? value : old));
    setAnswers(next);
    if (index < MIDAS_ITEMS.length - 1) {
      setIndex(index + 1);
      return;
    }
    const days = next.map((n) => n ?? 0);
    onDone({ instrument: "MIDAS", responses: days.slice(0, 5), a: days[5] ?? null, b: days[6] ?? null });
  };
  // MIDAS's items stay in their licensed English on every page (midas-items.ts): said as English.
  if (item.key === "B") return <PainStep key={item.key} question={item.question} questionLang={MIDAS_LANGUAGE} value={answers[index] ?? null} position={position} onAnswer={answer} onBack={() => setIndex(index - 1)} />;
  return (
    <DayCountStep
      key={item.key}
      question={item.question}
      questionLang={MIDAS_LANGUAGE}
      note={item.note}
      intro={index === 0 ? t("midas.intro") : undefined}
      value={answers[index] ?? null}
      max={MIDAS_MAX_DAYS}
      position={position}
      onAnswer={answer}
      onBack={back}
    />
  );
}

export function Hit6ItemsFlow({ wording, onDone }: FlowProps & { readonly wording: Hit6Wording }) {
  const { t } = useTranslation("questionnaires");
  const [answers, setAnswers] = useState<readonly (number | null)[]>(wording.items.map(() => null));
  const [index, setIndex] = useState(0);
  const question = wording.items[index] ?? "";
  const answer = (option: number) => {
    const next = answers.map((old, i) => (i === index ? option : old));
    setAnswers(next);
    if (index < wording.items.length - 1) setIndex(index + 1);
    else onDone({ instrument: "HIT-6", responses: next.map((n) => n ?? 0) });
  };
  return (
    <StepFrame key={index} question={question} position={{ index, count: wording.items.length }} onBack={index > 0 ? () => setIndex(index - 1) : undefined}>
      {index === 0 ? <p className="muted">{t("hit6.lastFourWeeks")}</p> : null}
      <div className="choices">
        {wording.options.map((label, option) => (
          <ChoiceButton key={label} label={label} selected={answers[index] === option} onChoose={() => answer(option)} />
        ))}
      </div>
    </StepFrame>
  );
}
