import type { LearnPageText, LearnSlug, learn as en } from "../en/learn.ts";

/**
 * Las páginas de Aprender, en español sencillo y con "usted", como el resto de la aplicación.
 * Los mismos hechos que en inglés (docs/clinical/learn.md), dichos a nuestra manera.
 */

const FUENTE_ICHD = "Clasificación Internacional de las Cefaleas, 3.ª edición (ICHD-3, 2018)";
const FUENTE_FICHA = "Ficha técnica y guía del paciente de BOTOX (Allergan/AbbVie)";
const FUENTE_PREEMPT = "los ensayos PREEMPT (Dodick 2010; Blumenfeld 2010; Diener 2020)";

const pages: Readonly<Record<LearnSlug, LearnPageText>> = {
  "chronic-migraine": {
    title: "¿Qué es la migraña crónica?",
    summary: "Dolor de cabeza casi todos los días, durante meses.",
    sections: [
      {
        heading: "Dolor de cabeza casi todos los días",
        paragraphs: [
          "Migraña crónica quiere decir que tiene dolor de cabeza 15 días o más cada mes. Y esto dura ya más de 3 meses.",
          "Al menos 8 de esos días, el dolor es una migraña.",
        ],
      },
      {
        heading: "Cómo puede ser una migraña",
        paragraphs: ["Una migraña suele tener algunas de estas señales:"],
        list: [
          "El dolor está en un lado de la cabeza.",
          "El dolor late o palpita.",
          "El dolor es moderado o fuerte.",
          "Caminar o subir escaleras lo empeora.",
          "Tiene náuseas, o vomita.",
          "Le molestan la luz y también el ruido.",
        ],
      },
      {
        heading: "Cómo lo sabe el médico",
        paragraphs: [
          "El médico necesita saber cuántos días tiene dolor de cabeza. Para contarlos, usted lleva un diario cada día durante al menos un mes.",
          "Tomar pastillas para el dolor de cabeza muchos días también puede causar más dolores de cabeza. Su médico le preguntará qué pastillas toma.",
          "Cuando se dejan las pastillas que se toman demasiado, más o menos la mitad de las personas bajan a menos de 15 días de dolor al mes.",
        ],
      },
    ],
    sources: `${FUENTE_ICHD}.`,
  },
  "how-it-works": {
    title: "Cómo funciona el tratamiento con Botox",
    summary: "Lo que puede hacer y lo que no.",
    sections: [
      {
        heading: "Menos días con dolor",
        paragraphs: [
          "Botox es un medicamento. El médico lo pone con pequeñas inyecciones en músculos de la cabeza y el cuello.",
          "Sirve para prevenir. La meta es tener menos días con dolor de cabeza. No quita un dolor que ya tiene, así que siga con sus pastillas de siempre para el dolor.",
          "Es para adultos con migraña crónica. No se ha visto que ayude a quien tiene dolor de cabeza 14 días al mes o menos.",
        ],
      },
      {
        heading: "Lo que vieron los estudios",
        paragraphs: [
          "En dos grandes estudios, unas personas recibieron Botox y otras una inyección falsa. A las 24 semanas, con Botox tenían unos 8 días menos de dolor cada 4 semanas. Con la inyección falsa, unos 7 días menos.",
          "Unas 45 de cada 100 personas con Botox redujeron sus días de dolor a la mitad o más. Con la inyección falsa, unas 34 de cada 100.",
          "Así que ayuda a muchas personas, pero no a todas. Usted y su médico verán cuánto le ayuda a usted.",
        ],
      },
      {
        heading: "Cuándo empieza a ayudar",
        paragraphs: [
          "Algunas personas notan mejoría a las 4 semanas. Lo más común es notarla después del segundo tratamiento.",
          "Algunas personas notan que el efecto se pasa en las últimas semanas antes del siguiente tratamiento. Si le pasa, dígaselo a su clínica.",
        ],
      },
    ],
    sources: `${FUENTE_FICHA}; ${FUENTE_PREEMPT}; información para pacientes de drugs.com.`,
  },
  "the-visit": {
    title: "La visita del tratamiento",
    summary: "31 pinchazos pequeños, unos 15 minutos, cada 12 semanas.",
    sections: [
      {
        heading: "31 pinchazos pequeños",
        paragraphs: [
          "Le ponen 31 inyecciones pequeñas en 7 zonas de músculos de la cabeza y el cuello. La aguja es muy fina y corta. Cada inyección lleva solo una gota.",
          "Las inyecciones van en estos sitios. Casi todas, en los dos lados:",
        ],
        list: [
          "entre las cejas y en lo alto de la nariz",
          "la frente",
          "los lados de la cabeza, en las sienes",
          "la parte de atrás de la cabeza",
          "la nuca",
          "la parte de arriba de los hombros",
        ],
      },
      {
        heading: "Más pinchazos donde duele",
        paragraphs: ["Su médico puede poner hasta 8 inyecciones más donde suele sentir el dolor. Van en los lados o atrás de la cabeza, o en los hombros."],
      },
      {
        heading: "Cuánto dura y cada cuánto",
        paragraphs: [
          "Las inyecciones llevan unos 15 minutos.",
          "El tratamiento se repite cada 12 semanas. Primero se hacen 2 tratamientos, y luego usted y su médico ven si le ayuda. Si le ayuda, sigue cada 12 semanas.",
        ],
      },
      {
        heading: "Antes de las inyecciones",
        paragraphs: ["Dígale a su clínica si le pasa algo de esto:"],
        list: [
          "Le pusieron otra inyección de este tipo de toxina en los últimos 4 meses.",
          "Hace poco le pusieron un antibiótico inyectado.",
          "Sangra con facilidad, o le van a operar.",
          "Le cuesta tragar o respirar, o tiene asma.",
          "Tiene una enfermedad de los músculos o de los nervios.",
          "Se le caen los párpados, o le operaron la cara.",
          "Está embarazada o da el pecho.",
          "La piel donde van las inyecciones tiene una infección.",
        ],
      },
    ],
    sources: `${FUENTE_FICHA}; ${FUENTE_PREEMPT}; información para pacientes de drugs.com.`,
  },
  "after-treatment": {
    title: "Qué esperar después",
    summary: "Los primeros días y semanas, y cuándo llamar.",
    sections: [
      {
        heading: "Los primeros días",
        paragraphs: [
          "Donde le pincharon le puede doler o salir un moratón. El cuello puede estar dolorido o rígido. Es normal y suele pasar.",
          "Algunas personas tienen más dolor de cabeza unos días después. Casi siempre se calma en días o semanas.",
        ],
      },
      {
        heading: "Llame a su clínica en uno o dos días si:",
        paragraphs: [],
        list: [
          "se le cae un párpado o una ceja",
          "nota la cara desigual",
          "siente el cuello débil, o le cuesta levantar la cabeza",
          "el dolor de cabeza empeora y dura más de unos días",
          "un sitio donde le pincharon parece infectado",
          "tiene la tensión más alta que antes",
        ],
      },
      {
        heading: "Cuándo pedir ayuda enseguida",
        paragraphs: [],
        urgent: {
          title: "Urgencia: pida ayuda ya",
          paragraphs: [
            "Si le cuesta tragar, hablar o respirar, llame enseguida al número de emergencias.",
            "Esto puede pasar desde horas hasta semanas después de las inyecciones.",
          ],
        },
      },
      {
        heading: "Conducir",
        paragraphs: ["Si se siente débil o mareado, o no ve bien, no conduzca."],
      },
      {
        heading: "Las semanas después",
        paragraphs: [
          "Siga con su diario cada día. Después de 2 tratamientos, su clínica compara sus días de dolor de ahora con los de antes de empezar.",
          "Si sus días de dolor bajaron menos de 3 de cada 10, su médico puede hablar con usted de dejarlo.",
        ],
      },
    ],
    sources: `${FUENTE_FICHA}; guía NICE TA260; guía de la Federación Europea de Cefaleas (2018); estudio de vida real de Hull; Cleveland Clinic.`,
  },
  "side-effects": {
    title: "Efectos secundarios",
    summary: "Los frecuentes, y los raros que necesitan ayuda ya.",
    sections: [
      {
        heading: "Efectos frecuentes",
        paragraphs: ["Casi todos son leves y se pasan. Los más frecuentes son:"],
        list: ["dolor donde le pincharon", "dolor de cuello o cuello rígido", "músculos débiles", "un párpado caído", "dolor de cabeza"],
      },
      {
        heading: "Cada cuánto pasan",
        paragraphs: [
          "En los grandes estudios, unas 9 de cada 100 personas con Botox tuvieron dolor de cuello. Con la inyección falsa, unas 3 de cada 100.",
          "Unas 4 de cada 100 personas con Botox tuvieron un párpado caído.",
        ],
      },
      {
        heading: "Raros pero graves",
        paragraphs: [
          "En casos raros, el medicamento puede extenderse más allá de donde se puso. Puede pasar desde horas hasta semanas después.",
          "Con la dosis que se usa para la migraña crónica no se ha confirmado ningún caso grave. Aun así, conviene conocer las señales.",
        ],
        urgent: {
          title: "Urgencia: pida ayuda ya",
          paragraphs: ["Si le cuesta tragar o respirar, llame enseguida al número de emergencias. No espere.", "Pida ayuda enseguida también si tiene:"],
          list: [
            "dificultad para hablar, habla arrastrada o ronquera",
            "debilidad en todo el cuerpo",
            "visión doble, o borrosa con los dos párpados caídos",
            "no puede controlar la orina",
            "sarpullido, picor, ronchas, hinchazón o pitidos al respirar",
            "sensación de desmayo o mareo",
          ],
        },
      },
      {
        heading: "Cuénteselo a su clínica",
        paragraphs: ["Cuéntele a su clínica cualquier efecto, aunque sea pequeño. En esta aplicación, use Avisar de un problema."],
      },
    ],
    sources: `${FUENTE_FICHA} (con su advertencia destacada); ${FUENTE_PREEMPT}.`,
  },
  "who-it-is-for": {
    title: "Para quién es",
    summary: "Quién puede recibirlo y quién no.",
    sections: [
      {
        heading: "Puede ser para usted si:",
        paragraphs: [],
        list: [
          "tiene 18 años o más",
          "un médico le ha dicho que tiene migraña crónica",
          "tiene dolor de cabeza 15 días o más al mes, desde hace más de 3 meses",
          "esos días, el dolor dura 4 horas o más",
          "ha probado 2 o 3 medicamentos para prevenir el dolor, cada uno al menos 8 semanas, y no le ayudaron o no le sentaron bien",
        ],
      },
      {
        heading: "No es para usted si:",
        paragraphs: [],
        list: [
          "tiene menos de 18 años",
          "tiene dolor de cabeza 14 días al mes o menos",
          "tuvo una reacción alérgica a cualquier producto de este tipo, como Dysport, Xeomin o Myobloc",
          "la piel donde van las inyecciones tiene una infección",
        ],
      },
      {
        heading: "Hable antes con su médico si:",
        paragraphs: [],
        list: [
          "tiene una enfermedad de los músculos o los nervios, como miastenia grave o ELA",
          "le cuesta tragar o respirar, o tiene asma",
          "está embarazada o da el pecho",
          "le pusieron otra inyección de este tipo en los últimos 4 meses",
          "toma medicamentos que relajan los músculos, o le pusieron un antibiótico inyectado",
        ],
      },
      {
        heading: "Pastillas para el dolor",
        paragraphs: ["Si toma pastillas para el dolor de cabeza muchos días, su médico le ayudará también con eso, antes de las inyecciones o a la vez."],
      },
    ],
    sources: `${FUENTE_FICHA}; ${FUENTE_ICHD}; guía NICE TA260; guía de la Federación Europea de Cefaleas (2018).`,
  },
  "the-diary": {
    title: "Para qué sirve el diario",
    summary: "Por qué importa una nota corta cada día.",
    sections: [
      {
        heading: "Cuenta sus días de dolor",
        paragraphs: [
          "Para saber si tiene migraña crónica, el médico necesita contar sus días de dolor de cabeza. Un diario que rellena cada día es la mejor forma.",
          "Rellénelo también los días buenos. Un día sin dolor cuenta tanto como uno malo.",
        ],
      },
      {
        heading: "Antes de empezar",
        paragraphs: [
          "Su clínica necesita las 4 semanas de diario justo antes de su primer tratamiento. Con esos días se comparan los de después.",
          "Su seguro médico puede pedir ver esos días del diario antes de pagar el tratamiento.",
        ],
      },
      {
        heading: "Después de empezar",
        paragraphs: [
          "Su clínica cuenta sus días de dolor cada 4 semanas y los compara con los de antes de empezar. Después de 2 tratamientos, esto les ayuda a usted y a su médico a decidir si seguir.",
        ],
      },
      {
        heading: "Sus pastillas para el dolor",
        paragraphs: [
          "El diario también cuenta los días que toma pastillas para el dolor de cabeza. Tomarlas demasiados días puede causar más dolores de cabeza. Su médico puede verlo a tiempo.",
        ],
      },
    ],
    sources: `${FUENTE_ICHD}; ${FUENTE_PREEMPT}; guía NICE TA260; guía de la Federación Europea de Cefaleas (2018).`,
  },
};

/** Las palabras de las páginas de Aprender. */
export const learn: typeof en = {
  link: "Aprender",
  index: {
    title: "Aprenda sobre el Botox para la migraña crónica",
    intro: "Páginas cortas y en palabras sencillas. No sustituyen el consejo de su médico.",
    pagesHeading: "Páginas",
    selfCheckTitle: "¿Es para mí?",
    selfCheckBody: "Responda unas preguntas sobre sus dolores de cabeza. Sus respuestas se quedan en este teléfono.",
    selfCheckLink: "Hacer la prueba",
  },
  page: {
    sourcesLabel: "Fuentes:",
    back: "Todas las páginas de Aprender",
    next: "Siguiente: {{title}}",
    notFound: "No hay ninguna página de Aprender en esta dirección.",
  },
  pages,
};
