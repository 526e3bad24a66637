// What is wrong with an input, as data: services and schemas name a key of the catalogue's validation section
// (messages/*/validation.ts), the API says it in English (error.message) and gives the key, so the browser shows it
// in the user's language. A key without a German or English text is a type error.
import { countryName, fmt } from "./format";
import type { Locale } from "./locales";
import de from "./messages/de/validation";
import en from "./messages/en/validation";

export type ValidationKey = keyof typeof de;
export type MessageParams = Record<string, string | number>;

/** The validation texts per language (the catalogue's m.validation). */
export const VALIDATION_TEXTS: Readonly<Record<Locale, Readonly<Record<ValidationKey, string>>>> = { de, en };

/** The English text of a validation key: zod schemas carry it as their message (the API's language). */
export const EN: Readonly<Record<ValidationKey, string>> = en;

/** A message as data: what the browser needs to say it in the user's language. */
export interface KeyedMessage {
  key: ValidationKey;
  params?: MessageParams;
}

export function isValidationKey(value: unknown): value is ValidationKey {
  return typeof value === "string" && Object.hasOwn(de, value);
}

/**
 * The message in a language. Parameters are ids, codes and limits: written as given (no digit grouping); a parameter
 * named `country` is a country code, said as the country's name in the language.
 */
export function validationMessage(message: KeyedMessage, language: Locale): string {
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [
      name,
      name === "country" ? countryName(String(value), language) : String(value),
    ]),
  );
  return fmt(VALIDATION_TEXTS[language][message.key], params, language);
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
  (Object.entries(EN) as [ValidationKey, string][])
    .filter(([, text]) => !text.includes("{"))
    .map(([key, text]) => [text, key]),
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
