/**
 * "Is it right for me?" (issue 9 §5): the criteria in plain words, a few questions, and an honest
 * answer judged by src/domain/self-check that always ends with "talk to a headache specialist".
 * The answers live in this page's memory only: nothing is stored or sent.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { judgeSelfCheck, SELF_CHECK_CRITERIA, type SelfCheckResult } from "#domain/self-check/judge-self-check.ts";
import { SELF_CHECK_CHOICES, SELF_CHECK_QUESTIONS, type SelfCheckAnswers, type SelfCheckQuestion } from "#domain/self-check/self-check-answers.ts";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { PHONE_DIARY_PATH } from "./self-check-paths.ts";
import { SelfCheckFrame } from "./SelfCheckFrame.tsx";

export function SelfCheckPage() {
  const { t } = useTranslation("selfCheck");
  const [answers, setAnswers] = useState<SelfCheckAnswers>({});
  const [result, setResult] = useState<SelfCheckResult | null>(null);

  const answer = (question: SelfCheckQuestion, value: string) => {
    setAnswers((previous) => ({ ...previous, [question]: value }));
    setResult(null);
  };

  return (
    <SelfCheckFrame title={t("title")}>
      <p>{t("intro")}</p>
      <p className="self-check__privacy" data-testid="self-check-privacy">
        {t("privacy")}
      </p>
      <section aria-labelledby="criteria-heading" className="self-check__section">
        <h2 id="criteria-heading">{t("criteria.heading")}</h2>
        <p>{t("criteria.lead")}</p>
        <ul className="self-check__criteria">
          {SELF_CHECK_CRITERIA.map((criterion) => (
            <li key={criterion}>{t(`criteria.${criterion}`)}</li>
          ))}
        </ul>
      </section>
      <form
        className="self-check__section"
        aria-labelledby="questions-heading"
        onSubmit={(event) => {
          event.preventDefault();
          setResult(judgeSelfCheck(answers));
        }}
      >
        <h2 id="questions-heading">{t("questions.heading")}</h2>
        <p className="muted">{t("questions.lead")}</p>
        {SELF_CHECK_QUESTIONS.map((question) => (
          <RadioGroup
            key={question}
            name={question}
            legend={t(`questions.${question}.legend`)}
            hint={question === "preventives" ? t("questions.preventives.hint") : undefined}
            value={answers[question] ?? ""}
            options={SELF_CHECK_CHOICES[question].map((value) => ({ value, label: t(`questions.${question}.${value}` as "questions.adult.yes") }))}
            onChange={(value) => answer(question, value)}
            testId={`question-${question}`}
          />
        ))}
        <Button type="submit" variant="primary">
          {t("questions.show")}
        </Button>
      </form>
      {result ? <SelfCheckAnswer result={result} /> : null}
      <section aria-labelledby="diary-offer-heading" className="self-check__section">
        <h2 id="diary-offer-heading">{t("diaryOffer.heading")}</h2>
        <p>{t("diaryOffer.text")}</p>
        <Link to={PHONE_DIARY_PATH} className="button button--primary">
          {t("diaryOffer.open")}
        </Link>
      </section>
    </SelfCheckFrame>
  );
}

/** The honest answer: the outcome, each criterion, the notes, and always the specialist last. */
function SelfCheckAnswer({ result }: { readonly result: SelfCheckResult }) {
  const { t } = useTranslation("selfCheck");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  return (
    <section aria-labelledby="result-heading" className="self-check__section self-check__result" data-testid="self-check-result" data-outcome={result.outcome}>
      <h2 id="result-heading" ref={heading} tabIndex={-1}>
        {t("result.heading")}
      </h2>
      <p className="self-check__outcome">{t(`result.${result.outcome}`)}</p>
      <h3>{t("result.criteriaHeading")}</h3>
      <ul className="self-check__fits">
        {SELF_CHECK_CRITERIA.map((criterion) => (
          <li key={criterion} data-fit={result.criteria[criterion]}>
            <span>{t(`criteria.${criterion}`)}</span> <strong>{t(`result.fit.${result.criteria[criterion]}`)}</strong>
          </li>
        ))}
      </ul>
      {result.notes.length > 0 ? (
        <ul className="self-check__notes">
          {result.notes.map((note) => (
            <li key={note}>{t(`result.notes.${note}`)}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t("result.notDiagnosis")}</p>
      <p className="self-check__specialist" data-testid="talk-to-specialist">
        <strong>{t("result.specialist")}</strong> {t("result.specialistDetail")}
      </p>
    </section>
  );
}
