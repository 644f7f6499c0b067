/**
 * The Learn pages (issue 9 §4; English: the source every other language follows). Content is
 * data, not markup: each page is sections of a heading, paragraphs, an optional list and an
 * optional emergency box, so the readability test (scripts/readability.test.ts) reads every word
 * a person sees. Every fact comes from the project's clinical fact sheet; docs/clinical/learn.md
 * maps each one to its section there. Short words, short sentences: the grade is measured.
 */
import type { LearnSlug } from "../../learn-slugs.ts";

/** A box that must not be missed: when to get emergency help. */
export interface LearnUrgent {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly list?: readonly string[];
}

export interface LearnSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly list?: readonly string[];
  readonly urgent?: LearnUrgent;
}

export interface LearnPageText {
  readonly title: string;
  /** One line under the title on the index. */
  readonly summary: string;
  readonly sections: readonly LearnSection[];
  /** The sources this page's facts come from, named for a reader. */
  readonly sources: string;
}

/** The pages, in reading order; the slug is the page's address, /learn/<slug>, in every language. */
export { LEARN_SLUGS, type LearnSlug } from "../../learn-slugs.ts";

const SOURCE_ICHD = "International Classification of Headache Disorders, 3rd edition (ICHD-3, 2018)";
const SOURCE_LABEL = "BOTOX Prescribing Information and Medication Guide (Allergan/AbbVie)";
const SOURCE_PREEMPT = "the PREEMPT trials (Dodick 2010; Blumenfeld 2010; Diener 2020)";

const pages: Readonly<Record<LearnSlug, LearnPageText>> = {
  "chronic-migraine": {
    title: "What is chronic migraine?",
    summary: "Headache on most days, for months.",
    sections: [
      {
        heading: "Headache on most days",
        paragraphs: [
          "Chronic migraine means you have a headache on 15 or more days each month. This has gone on for more than 3 months.",
          "On at least 8 of those days, the headache is a migraine.",
        ],
      },
      {
        heading: "What a migraine can feel like",
        paragraphs: ["A migraine often has some of these signs:"],
        list: [
          "The pain is on one side of the head.",
          "The pain throbs or pounds.",
          "The pain is moderate or severe.",
          "Walking or climbing stairs makes it worse.",
          "You feel sick to your stomach, or you throw up.",
          "Light and noise both bother you.",
        ],
      },
      {
        heading: "How a doctor can tell",
        paragraphs: [
          "A doctor needs to know how many days you have a headache. To count them, you keep a diary each day for at least a month.",
          "Taking headache pills on a lot of days can also cause more headaches. Your doctor will ask about the pills you take.",
          "When people stop the pills they take too often, about half of them drop below 15 headache days a month.",
        ],
      },
    ],
    sources: `${SOURCE_ICHD}.`,
  },
  "how-it-works": {
    title: "How Botox treatment works",
    summary: "What it can and cannot do.",
    sections: [
      {
        heading: "Fewer headache days",
        paragraphs: [
          "Botox is a drug. A doctor puts it in with tiny shots into muscles of your head and neck.",
          "It is used to prevent headaches. The goal is fewer headache days. It does not stop a headache you have now, so keep your usual headache pills.",
          "It is for adults with chronic migraine. It has not been shown to help people with headache on 14 days a month or less.",
        ],
      },
      {
        heading: "What the studies found",
        paragraphs: [
          "In two large studies, people had Botox or a dummy shot. After 24 weeks, people who had Botox had about 8 fewer headache days in each 4 weeks. People who had the dummy shot had about 7 fewer.",
          "About 45 in 100 people who had Botox had their headache days cut by half or more. With the dummy shot, it was about 34 in 100.",
          "So it helps many people, but not all. You and your doctor will check how well it works for you.",
        ],
      },
      {
        heading: "When it starts to help",
        paragraphs: [
          "Some people feel better after 4 weeks. Most often, the help shows after the second treatment.",
          "Some people feel it wear off in the last weeks before the next treatment. If this happens to you, tell your clinic.",
        ],
      },
    ],
    sources: `${SOURCE_LABEL}; ${SOURCE_PREEMPT}; drugs.com patient information.`,
  },
  "the-visit": {
    title: "The treatment visit",
    summary: "31 small shots, about 15 minutes, every 12 weeks.",
    sections: [
      {
        heading: "31 small shots",
        paragraphs: [
          "You get 31 small shots in 7 muscle areas of your head and neck. The needle is very thin and short. Each shot puts in only a tiny drop.",
          "The shots go in these places. Most go on both sides.",
        ],
        list: [
          "between your eyebrows and at the top of your nose",
          "your forehead",
          "the sides of your head, at the temples",
          "the back of your head",
          "the back of your neck",
          "the top of your shoulders",
        ],
      },
      {
        heading: "Extra shots where it hurts",
        paragraphs: ["Your doctor may give up to 8 more shots where you most often feel pain. These go in the sides or back of the head, or the shoulders."],
      },
      {
        heading: "How long and how often",
        paragraphs: [
          "The shots take about 15 minutes.",
          "You have a treatment every 12 weeks. You start with 2 treatments before you and your doctor judge if it helps. If it does, you keep going every 12 weeks.",
        ],
      },
      {
        heading: "Before the shots",
        paragraphs: ["Tell your clinic if any of these is true:"],
        list: [
          "You had any Botox-type shots in the last 4 months.",
          "You had an antibiotic by shot not long ago.",
          "You bleed easily, or you plan to have surgery.",
          "You have trouble swallowing or breathing, or asthma.",
          "You have a muscle or nerve illness.",
          "Your eyelids droop, or you had surgery on your face.",
          "You are pregnant or breastfeeding.",
          "The skin where the shots go is infected.",
        ],
      },
    ],
    sources: `${SOURCE_LABEL}; ${SOURCE_PREEMPT}; drugs.com patient information.`,
  },
  "after-treatment": {
    title: "What to expect after",
    summary: "The first days and weeks, and when to call.",
    sections: [
      {
        heading: "The first days",
        paragraphs: [
          "The spots where the shots went in may hurt or bruise. Your neck may feel sore or stiff. This is common and tends to pass.",
          "Some people have a worse headache for a few days after. It most often settles in days to weeks.",
        ],
      },
      {
        heading: "Call your clinic within a day or two if:",
        paragraphs: [],
        list: [
          "an eyelid or eyebrow droops",
          "your face looks uneven",
          "your neck feels weak, or it is hard to lift your head",
          "your headache gets worse and lasts more than a few days",
          "a spot where a shot went in looks infected",
          "your blood pressure is higher than it was",
        ],
      },
      {
        heading: "When to get help at once",
        paragraphs: [],
        urgent: {
          title: "Emergency: get help now",
          paragraphs: [
            "If you have trouble swallowing, speaking or breathing, call your emergency number at once.",
            "This can happen from hours to weeks after the shots.",
          ],
        },
      },
      {
        heading: "Driving",
        paragraphs: ["If you feel weak or dizzy, or you have trouble seeing, do not drive."],
      },
      {
        heading: "The weeks after",
        paragraphs: [
          "Keep your diary every day. After 2 treatments, your clinic compares your headache days now with your days before you started.",
          "If your headache days fell by less than 3 in 10, your doctor may talk with you about stopping.",
        ],
      },
    ],
    sources: `${SOURCE_LABEL}; NICE guidance TA260; European Headache Federation guideline (2018); Hull real-life study; Cleveland Clinic.`,
  },
  "side-effects": {
    title: "Side effects",
    summary: "The common ones, and the rare ones that need help now.",
    sections: [
      {
        heading: "Common side effects",
        paragraphs: ["Most side effects are mild and go away. The most common are:"],
        list: ["pain where the shots went in", "neck pain or a stiff neck", "weak muscles", "a drooping eyelid", "a headache"],
      },
      {
        heading: "How often",
        paragraphs: [
          "In the large studies, about 9 in 100 people who had Botox got neck pain. With a dummy shot, it was about 3 in 100.",
          "About 4 in 100 people who had Botox got a drooping eyelid.",
        ],
      },
      {
        heading: "Rare but serious",
        paragraphs: [
          "In rare cases, the drug can spread past the spots where it went in. This can happen from hours to weeks after the shots.",
          "No serious case of this has been confirmed at the dose used for chronic migraine. Still, you need to know the signs.",
        ],
        urgent: {
          title: "Emergency: get help now",
          paragraphs: [
            "If you have trouble swallowing or breathing, call your emergency number at once. Do not wait.",
            "Also get help at once for any of these:",
          ],
          list: [
            "trouble speaking, slurred speech, or a hoarse voice",
            "weakness all over your body",
            "double vision, or blurred vision with both eyelids drooping",
            "you cannot control your bladder",
            "rash, itching, welts, swelling or wheezing",
            "you feel faint or dizzy",
          ],
        },
      },
      {
        heading: "Tell your clinic",
        paragraphs: ["Tell your clinic about any side effect, even a small one. In this app, use Report a problem."],
      },
    ],
    sources: `${SOURCE_LABEL} (including its boxed warning); ${SOURCE_PREEMPT}.`,
  },
  "who-it-is-for": {
    title: "Who it is for",
    summary: "Who may have it, and who should not.",
    sections: [
      {
        heading: "It may be for you if:",
        paragraphs: [],
        list: [
          "you are 18 or older",
          "a doctor says you have chronic migraine",
          "you have a headache on 15 or more days a month, for more than 3 months",
          "on those days, the headache lasts 4 hours or more",
          "you have tried 2 or 3 other drugs to prevent headaches, each for at least 8 weeks, and they did not help or did not suit you",
        ],
      },
      {
        heading: "It is not for you if:",
        paragraphs: [],
        list: [
          "you are under 18",
          "you have headache on 14 days a month or less",
          "you had an allergic reaction to any Botox-type drug, such as Dysport, Xeomin or Myobloc",
          "the skin where the shots go is infected",
        ],
      },
      {
        heading: "Talk with your doctor first if:",
        paragraphs: [],
        list: [
          "you have a muscle or nerve illness, such as myasthenia gravis or ALS",
          "you have trouble swallowing or breathing, or asthma",
          "you are pregnant or breastfeeding",
          "you had any Botox-type shots in the last 4 months",
          "you take drugs that relax your muscles, or you had an antibiotic by shot",
        ],
      },
      {
        heading: "Headache pills",
        paragraphs: ["If you take headache pills on a lot of days, your doctor will help you with that too, before or with the shots."],
      },
    ],
    sources: `${SOURCE_LABEL}; ${SOURCE_ICHD}; NICE guidance TA260; European Headache Federation guideline (2018).`,
  },
  "the-diary": {
    title: "What the diary is for",
    summary: "Why one short entry a day matters.",
    sections: [
      {
        heading: "It counts your headache days",
        paragraphs: [
          "To know if you have chronic migraine, a doctor needs to count your headache days. A diary you fill in each day is the best way.",
          "Fill it in on good days too. A day with no headache counts as much as a bad one.",
        ],
      },
      {
        heading: "Before you start",
        paragraphs: [
          "Your clinic needs the 4 weeks of your diary just before your first treatment. These days are what your later days are compared with.",
          "Health plans may ask to see these diary days before they pay for treatment.",
        ],
      },
      {
        heading: "After you start",
        paragraphs: [
          "Your clinic counts your headache days in each 4 weeks and compares them with the days before you started. After 2 treatments, this helps you and your doctor decide if you should go on.",
        ],
      },
      {
        heading: "Your headache pills",
        paragraphs: [
          "The diary also counts the days you take headache pills. Taking them on too many days can cause more headaches. Your doctor can spot this early.",
        ],
      },
    ],
    sources: `${SOURCE_ICHD}; ${SOURCE_PREEMPT}; NICE guidance TA260; European Headache Federation guideline (2018).`,
  },
};

export const learn = {
  /** The link to Learn in every header and in the patient's navigation. */
  link: "Learn",
  index: {
    title: "Learn about Botox for chronic migraine",
    intro: "Short pages in plain words. They do not replace advice from your own doctor.",
    pagesHeading: "Pages",
    selfCheckTitle: "Is it right for me?",
    selfCheckBody: "Answer a few questions about your headaches. Your answers stay on this phone.",
    selfCheckLink: "Take the self-check",
  },
  page: {
    sourcesLabel: "Sources:",
    back: "All Learn pages",
    next: "Next: {{title}}",
    notFound: "There is no Learn page at this address.",
  },
  pages,
};
