// Every message that tells a user what is wrong with an input, in English (the API's language, in error.message)
// and German (the interface's default). Services and schemas name a key; the browser shows it in the user's
// language. One place, so the two languages cannot drift apart: a key without a German text is a type error.

type Text = { en: string; de: string };

export const VALIDATION_MESSAGES = {
  // From the input schemas (zod issues)
  required: { en: "required", de: "Pflichtfeld" },
  minLength: { en: "at least {min} characters", de: "mindestens {min} Zeichen" },
  maxLength: { en: "at most {max} characters", de: "höchstens {max} Zeichen" },
  tooMany: { en: "at most {max} entries", de: "höchstens {max} Einträge" },
  minNumber: { en: "must be at least {min}", de: "muss mindestens {min} sein" },
  maxNumber: { en: "must be at most {max}", de: "darf höchstens {max} sein" },
  invalid: { en: "is not valid", de: "ist ungültig" },
  choose: { en: "choose one of the offered values", de: "bitte einen der angebotenen Werte wählen" },
  unknownField: { en: "unknown field {keys}", de: "unbekanntes Feld {keys}" },
  controlChars: { en: "contains control characters", de: "enthält Steuerzeichen" },
  brokenText: { en: "contains an incomplete character", de: "enthält ein unvollständiges Zeichen" },
  notAUrl: { en: "must start with http:// or https://", de: "muss mit http:// oder https:// beginnen" },
  notAPartialDate: {
    en: '"{value}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    de: "„{value}“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)",
  },
  notADate: { en: '"{value}" is not a date (use YYYY-MM-DD)', de: "„{value}“ ist kein Datum (JJJJ-MM-TT)" },
  countryCode: {
    en: "must be a two-letter ISO 3166 code",
    de: "muss ein zweibuchstabiger ISO-3166-Ländercode sein",
  },
  areaCode: { en: "not an area code", de: "kein Kürzel eines Kooperationsfelds" },
  email: { en: "is not an e-mail address (name@example.org)", de: "ist keine E-Mail-Adresse (name@example.org)" },
  reasonTooShort: {
    en: "give a reason of at least 3 characters",
    de: "bitte eine Begründung mit mindestens 3 Zeichen angeben",
  },
  // From the services (rules that need the database or several fields)
  unknownPartner: { en: "partner {id} does not exist", de: "Partner {id} existiert nicht" },
  unknownAgreement: { en: "agreement {id} does not exist", de: "Vereinbarung {id} existiert nicht" },
  unknownPerson: { en: "person {id} does not exist", de: "Person {id} existiert nicht" },
  unknownArea: { en: "unknown cooperation area {id}", de: "unbekanntes Kooperationsfeld {id}" },
  duplicateArea: { en: "an area is listed twice", de: "ein Kooperationsfeld ist doppelt aufgeführt" },
  duplicateAgreement: { en: "an agreement is listed twice", de: "eine Vereinbarung ist doppelt aufgeführt" },
  duplicatePerson: { en: "a person is listed twice", de: "eine Person ist doppelt aufgeführt" },
  selfPredecessor: {
    en: "an agreement cannot precede itself",
    de: "eine Vereinbarung kann nicht ihr eigener Vorgänger sein",
  },
  predecessorCycle: {
    en: "this would make a cycle of predecessors",
    de: "das ergäbe einen Kreis von Vorgängern",
  },
  untilBeforeFrom: { en: "must not lie before valid from", de: "darf nicht vor „Gültig ab“ liegen" },
  endBeforeStart: { en: "must not lie before the start date", de: "darf nicht vor dem Beginn liegen" },
  inFuture: { en: "must not lie in the future", de: "darf nicht in der Zukunft liegen" },
  beforeCurrentStatus: {
    en: "must not lie before the current status took effect ({date})",
    de: "darf nicht vor dem Beginn des aktuellen Status liegen ({date})",
  },
  scopeOnlyFor: {
    en: "a scope is only recorded for {statuses}",
    de: "ein Geltungsbereich wird nur bei {statuses} erfasst",
  },
  longitudeMissing: {
    en: "give the longitude too, or neither coordinate",
    de: "bitte auch den Längengrad angeben – oder keine der beiden Koordinaten",
  },
  latitudeMissing: {
    en: "give the latitude too, or neither coordinate",
    de: "bitte auch den Breitengrad angeben – oder keine der beiden Koordinaten",
  },
  transitionNotAllowed: { en: "not allowed from {from}", de: "aus {from} nicht erlaubt" },
  // Accounts
  emailTaken: {
    en: "an account with this e-mail address exists already",
    de: "es gibt bereits ein Konto mit dieser E-Mail-Adresse",
  },
  lastAdmin: {
    en: "the last active admin cannot lose that role or be deactivated",
    de: "der letzten aktiven Administration kann diese Rolle nicht entzogen und das Konto nicht deaktiviert werden",
  },
  notYourself: {
    en: "you cannot do this to your own account",
    de: "das ist für das eigene Konto nicht möglich",
  },
  wrongPassword: { en: "the current password is not correct", de: "das aktuelle Passwort stimmt nicht" },
  tooManyAttempts: {
    en: "too many wrong passwords; try again in {minutes} minutes",
    de: "zu viele falsche Passwörter; bitte in {minutes} Minuten erneut versuchen",
  },
  samePassword: {
    en: "the new password must differ from the current one",
    de: "das neue Passwort muss sich vom aktuellen unterscheiden",
  },
} satisfies Record<string, Text>;

export type ValidationKey = keyof typeof VALIDATION_MESSAGES;
export type MessageParams = Record<string, string | number>;

/** A message as data: what the browser needs to say it in the user's language. */
export interface KeyedMessage {
  key: ValidationKey;
  params?: MessageParams;
}

export function isValidationKey(value: unknown): value is ValidationKey {
  return typeof value === "string" && Object.hasOwn(VALIDATION_MESSAGES, value);
}

export function validationMessage(message: KeyedMessage, language: "en" | "de"): string {
  const template = VALIDATION_MESSAGES[message.key][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    message.params && name in message.params ? String(message.params[name]) : whole,
  );
}

/** The shape of a zod issue this module reads (zod's own type is not needed: only these fields are used). */
export interface IssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  keys?: string[];
  params?: Record<string, unknown>;
}

const KEY_BY_ENGLISH = new Map<string, ValidationKey>(
  (Object.entries(VALIDATION_MESSAGES) as [ValidationKey, Text][])
    .filter(([, text]) => !text.en.includes("{"))
    .map(([key, text]) => [text.en, key]),
);

/** What a zod issue means, as a keyed message: custom checks name their key, built-in checks are read by kind. */
export function keyedMessageOfIssue(issue: IssueLike): KeyedMessage {
  const params = issue.params ?? {};
  if (isValidationKey(params.key)) {
    const rest = Object.fromEntries(
      Object.entries(params).filter(([name, value]) => name !== "key" && typeof value !== "object"),
    ) as MessageParams;
    return { key: params.key, params: rest };
  }
  const known = KEY_BY_ENGLISH.get(issue.message);
  if (known) return { key: known };
  const bound = (value: number | bigint | undefined) => Number(value ?? 0);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return bound(issue.minimum) <= 1
          ? { key: "required" }
          : { key: "minLength", params: { min: bound(issue.minimum) } };
      }
      return issue.origin === "array"
        ? { key: "invalid" }
        : { key: "minNumber", params: { min: bound(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "maxLength", params: { max: bound(issue.maximum) } };
      if (issue.origin === "array") return { key: "tooMany", params: { max: bound(issue.maximum) } };
      return { key: "maxNumber", params: { max: bound(issue.maximum) } };
    case "invalid_type":
      return issue.input === undefined ? { key: "required" } : { key: "invalid" };
    case "invalid_value":
      return { key: "choose" };
    case "unrecognized_keys":
      return { key: "unknownField", params: { keys: (issue.keys ?? []).join(", ") } };
    default:
      return { key: "invalid" };
  }
}

/** Keyed messages by top-level field ("" for the input as a whole), as forms show them. */
export function keyedFieldErrors(issues: readonly IssueLike[]): Record<string, KeyedMessage[]> {
  const byField: Record<string, KeyedMessage[]> = {};
  for (const issue of issues) {
    const field = issue.path.length ? String(issue.path[0]) : "";
    byField[field] ??= [];
    byField[field].push(keyedMessageOfIssue(issue));
  }
  return byField;
}
