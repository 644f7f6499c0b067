/**
 * zxcvbn's advice in Spanish addressed as "usted", as the rest of the patient app speaks (ADR
 * 0020); the Spanish language package says "tú". Same keys as the package, so a key it adds later
 * fails the type check here instead of falling back silently. Time estimates are the package's.
 */
import * as es from "@zxcvbn-ts/language-es-es";

export const spanishAdvice: typeof es.translations = {
  ...es.translations,
  warnings: {
    straightRow: "Las teclas seguidas del teclado son fáciles de adivinar.",
    keyPattern: "Los patrones cortos del teclado son fáciles de adivinar.",
    simpleRepeat: 'Los caracteres repetidos como "aaa" son fáciles de adivinar.',
    extendedRepeat: 'Los patrones repetidos como "abcabcabc" son fáciles de adivinar.',
    sequences: 'Las secuencias comunes como "abc" son fáciles de adivinar.',
    recentYears: "Los años recientes son fáciles de adivinar.",
    dates: "Las fechas son fáciles de adivinar.",
    topTen: "Es una de las contraseñas más usadas.",
    topHundred: "Es una contraseña muy usada.",
    common: "Es una contraseña usada con frecuencia.",
    similarToCommon: "Se parece a una contraseña muy usada.",
    wordByItself: "Una sola palabra es fácil de adivinar.",
    namesByThemselves: "Un nombre o un apellido solo es fácil de adivinar.",
    commonNames: "Los nombres y apellidos comunes son fáciles de adivinar.",
    userInputs: "No use datos personales ni palabras de esta página.",
    pwned: "Esta contraseña apareció en una filtración de datos en internet.",
  },
  suggestions: {
    l33t: 'Evite cambios previsibles como "@" por "a".',
    reverseWords: "Evite palabras comunes escritas al revés.",
    allUppercase: "Ponga en mayúscula algunas letras, no todas.",
    capitalization: "Ponga en mayúscula más letras que la primera.",
    dates: "Evite fechas relacionadas con usted.",
    recentYears: "Evite los años recientes.",
    associatedYears: "Evite años relacionados con usted.",
    sequences: "Evite secuencias de letras comunes.",
    repeated: "Evite palabras y letras repetidas.",
    longerKeyboardPattern: "Use patrones de teclado más largos y cambie de dirección varias veces.",
    anotherWord: "Añada más palabras poco comunes.",
    useWords: "Use varias palabras, pero evite frases conocidas.",
    noNeed: "Puede crear contraseñas seguras sin símbolos, números ni mayúsculas.",
    pwned: "Si usa esta contraseña en otro sitio, cámbiela.",
  },
};
