// `npm run import -- FILE --kind agreements [--apply] [--lang en]`: the first data load of a new city. Reads the file
// as the page /import does (same checks, same plan), prints what would be created, changed, refused or is in
// conflict, and with --apply writes it in one transaction (one audit event per record, naming the import).
import { readFileSync } from "node:fs";
import path from "node:path";
import { systemActor } from "../auth/actor";
import { createPrismaClient } from "../db/prisma";
import { applyMigrations } from "../db/schema-engine";
import { readEnv } from "../env";
import { fmt } from "../i18n/format";
import { messagesFor } from "../i18n/messages";
import { ImportFileError } from "../services/import/file";
import { fileErrorText, planLines } from "../services/import/report";
import { applyImport, previewImport, stageImport } from "../services/import/staged";
import { databaseForCommand, runCommand } from "./database";
import { leanImportProcess } from "./import-memory";

const USAGE =
  "Usage: npm run import -- FILE --kind agreements|partners|people|activities|working-groups|commitments [--apply] [--lang de|en]";
const KINDS = {
  agreements: "AGREEMENTS",
  partners: "PARTNERS",
  people: "PEOPLE",
  activities: "ACTIVITIES",
  "working-groups": "WORKING_GROUPS",
  commitments: "COMMITMENTS",
} as const;

function parseArgs(args: string[]) {
  let file: string | undefined;
  let kind: string | undefined;
  let apply = false;
  let lang: "de" | "en" = "de";
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--apply") apply = true;
    else if (arg === "--kind") kind = args[++index];
    else if (arg === "--lang") {
      const value = args[++index];
      if (value !== "de" && value !== "en") throw new Error(`--lang must be de or en. ${USAGE}`);
      lang = value;
    } else if (arg.startsWith("--")) throw new Error(`Unknown option ${arg}. ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new Error(`Unexpected argument ${arg}. ${USAGE}`);
  }
  if (!file) throw new Error(`No file given. ${USAGE}`);
  if (!kind || !(kind in KINDS)) throw new Error(`--kind must be one of: ${Object.keys(KINDS).join(", ")}. ${USAGE}`);
  return { file, kind: KINDS[kind as keyof typeof KINDS], apply, lang };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Before the first query: the query compiler's WebAssembly is compiled then (import-memory.ts says why).
  leanImportProcess();
  const bytes = readFileSync(args.file);
  const m = messagesFor(args.lang).dataImport;
  const database = await databaseForCommand(readEnv());
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  const actor = systemActor("Import (Kommandozeile)");
  try {
    await applyMigrations(database.url);
    const staged = await stageImport(db, actor, { kind: args.kind, fileName: path.basename(args.file), bytes });
    const preview = await previewImport(db, actor, { token: staged.token });
    const file = preview.file;
    console.log(
      file.format === "csv"
        ? fmt(
            m.detectedCsv,
            { encoding: m.encodings[file.encoding ?? "utf-8"], delimiter: file.delimiter ?? ",", rows: file.rowCount },
            args.lang,
          )
        : fmt(m.detected, { format: "XLSX", rows: file.rowCount }, args.lang),
    );
    for (const column of file.columns) {
      console.log(`  ${column.header} → ${column.field ?? (column.readOnly ? m.readOnly : m.notImported)}`);
    }
    for (const line of planLines(preview.plan.rows, args.lang, args.kind)) console.log(line);
    console.log(fmt(m.summary, { ...preview.counts }, args.lang));
    if (!args.apply) {
      console.log("Nothing written (add --apply to write it).");
      return;
    }
    if (preview.counts.create + preview.counts.change === 0) {
      console.log(m.nothingToApply);
      return;
    }
    const result = await applyImport(db, actor, { token: staged.token });
    console.log(fmt(m.applied, { id: result.importId, created: result.created, changed: result.changed }, args.lang));
  } catch (error) {
    if (error instanceof ImportFileError) {
      console.error(fileErrorText(error.key, error.params, args.lang));
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runCommand(main);
