// The kinds of file a document may be, recognised from their content (magic bytes), and the rules for a document's
// file name. Pure: the server checks with it, the browser labels with it.

export type DocumentKind = "pdf" | "image" | "word" | "spreadsheet" | "presentation" | "office";

/** Media type found in the content → its kind and the name endings that fit it. Anything else is refused. */
export const DOCUMENT_TYPES: Readonly<Record<string, { kind: DocumentKind; extensions: readonly string[] }>> = {
  "application/pdf": { kind: "pdf", extensions: ["pdf"] },
  "image/png": { kind: "image", extensions: ["png"] },
  "image/jpeg": { kind: "image", extensions: ["jpg", "jpeg", "jpe", "jfif"] },
  "image/gif": { kind: "image", extensions: ["gif"] },
  "image/webp": { kind: "image", extensions: ["webp"] },
  "image/tiff": { kind: "image", extensions: ["tif", "tiff"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { kind: "word", extensions: ["docx"] },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { kind: "spreadsheet", extensions: ["xlsx"] },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    kind: "presentation",
    extensions: ["pptx"],
  },
  "application/vnd.oasis.opendocument.text": { kind: "word", extensions: ["odt"] },
  "application/vnd.oasis.opendocument.spreadsheet": { kind: "spreadsheet", extensions: ["ods"] },
  "application/vnd.oasis.opendocument.presentation": { kind: "presentation", extensions: ["odp"] },
  // Word, Excel and PowerPoint before 2007 share one container (Compound File Binary); its content tells no more.
  "application/x-cfb": { kind: "office", extensions: ["doc", "xls", "ppt"] },
};

export function documentKind(mediaType: string): DocumentKind | null {
  return DOCUMENT_TYPES[mediaType]?.kind ?? null;
}

export const FILE_NAME_MAX = 255;

export type FileNameProblem = "nameMissing" | "namePath" | "nameControl" | "nameLong" | "nameDots";

/**
 * What is wrong with a file name as uploaded, or null: no path parts (/ or \), no control characters (C0, DEL, C1,
 * and the bidirectional overrides that make "gpj.exe" read as "exe.jpg"), not only dots, at most 255 characters.
 */
export function fileNameProblem(name: string): FileNameProblem | null {
  if (name.trim().length === 0) return "nameMissing";
  if (/[/\\]/.test(name)) return "namePath";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(name)) return "nameControl";
  if ([...name].length > FILE_NAME_MAX) return "nameLong";
  if (/^\.+$/.test(name.trim())) return "nameDots";
  return null;
}

/** The name's ending in lower case ("Vertrag.PDF" → "pdf"), or null without one. */
export function fileExtension(name: string): string | null {
  const match = /\.([^.]{1,16})$/.exec(name);
  return match?.[1] ? match[1].toLowerCase() : null;
}
