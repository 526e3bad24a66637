// The import of working groups with their milestones, in German: the working groups' CSV export (one row per
// milestone), edited by another writer (a milestone done, a new milestone of the group, a new group with two
// milestones, a row with a status that does not exist), uploaded with the kind "Arbeitsgruppen mit Meilensteinen",
// previewed and applied; axe finds nothing; pictures at 1366 and 390 px.
import { expect, test } from "@playwright/test";
import { readCsv } from "../server/export/test-readers";
import { messagesFor } from "../server/i18n/messages";
import { writeCsv } from "../server/test/xlsx-writer";
import { trpcQuery } from "./api";
import { ORIGIN } from "./auth";
import { axeClean, shoot } from "./import-helpers";

test("working groups with milestones in German: one file, preview of groups and milestones, apply", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const m = messagesFor("de");
  const x = m.exportFile;
  const suffix = Date.now().toString(36);
  const response = await page.request.get(`${ORIGIN}/api/export/working-groups?format=csv&lang=de`);
  expect(response.status()).toBe(200);
  const { rows } = readCsv(new Uint8Array(await response.body()));
  const header = rows[0] as string[];
  const col = (name: string) => header.indexOf(name);
  const open = rows.find((row, index) => index > 0 && row[col(x.milestoneStatus)] === m.enums.milestoneStatus.OPEN);
  if (!open) throw new Error("the demo data has no open milestone");
  const groupId = Number(open[col(x.groupId)]);
  const milestoneId = Number(open[col(x.milestoneId)]);
  const done = [...open];
  done[col(x.milestoneStatus)] = m.enums.milestoneStatus.DONE;
  done[col(m.workingGroup.doneOn)] = "01.12.2026";
  const added = [...open];
  for (const name of [x.milestoneId, x.milestoneVersion, x.milestoneNotes, m.workingGroup.doneOn])
    added[col(name)] = "";
  added[col(m.workingGroup.milestoneTitle)] = `Bericht an den Rat ${suffix}`;
  added[col(m.workingGroup.dueOn)] = "30.06.2031";
  const group = (title: string, status: string) => {
    const row = header.map(() => "");
    row[col(m.workingGroup.name)] = `AG Klima ${suffix}`;
    row[col(x.agreementId)] = String(open[col(x.agreementId)]);
    row[col(m.common.status)] = m.enums.workingGroupStatus.FORMING;
    row[col(m.workingGroup.goal)] = "Klimaschutz gemeinsam voranbringen";
    row[col(m.workingGroup.milestoneTitle)] = title;
    row[col(x.milestoneStatus)] = status;
    return row;
  };
  const file = [
    header,
    done,
    added,
    group(`Auftakt ${suffix}`, m.enums.milestoneStatus.OPEN),
    group(`Arbeitsplan ${suffix}`, m.enums.milestoneStatus.IN_PROGRESS),
    group(`Irgendwann ${suffix}`, "Vielleicht"),
  ];

  await page.goto("/import");
  await page.getByLabel("Art der Einträge").selectOption("WORKING_GROUPS");
  await page.getByLabel("Datei (XLSX oder CSV)").setInputFiles({
    name: "arbeitsgruppen.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${writeCsv(file, ";")}`),
  });
  await page.getByRole("button", { name: "Hochladen und prüfen" }).click();
  await expect(page.locator("[data-detected]")).toContainText("CSV");
  await expect(page.getByRole("combobox", { name: x.milestoneStatus, exact: true })).toHaveValue("milestoneStatus");
  await expect(page.getByRole("combobox", { name: x.groupId, exact: true })).toHaveValue("id");
  // Created: the group once, its two milestones and the new milestone of the existing group; changed: the one done.
  await expect(page.locator("[data-summary]")).toHaveText("4 neu, 1 geändert, 1 unverändert, 0 Konflikte, 1 abgelehnt");
  const created = page.locator('[data-section="created"] tbody tr');
  await expect(created).toHaveCount(4);
  await expect(created).toHaveText([
    new RegExp(`Meilenstein: Bericht an den Rat ${suffix}`),
    new RegExp(`Arbeitsgruppe: AG Klima ${suffix}`),
    new RegExp(`Meilenstein: Auftakt ${suffix}`),
    new RegExp(`Meilenstein: Arbeitsplan ${suffix}`),
  ]);
  const changed = page.locator('[data-section="changed"] tbody tr');
  await expect(changed).toHaveCount(2);
  await expect(changed.first()).toContainText(`${milestoneId} · Meilenstein:`);
  await expect(changed.first()).toContainText("Status des Meilensteins");
  await expect(changed.first()).toContainText("Offen");
  await expect(changed.first()).toContainText("Erledigt");
  await expect(changed.nth(1)).toContainText("2026-12-01");
  const refused = page.locator('[data-section="refused"] tbody tr');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText("6");
  await expect(refused).toContainText("„Vielleicht“ ist keiner der möglichen Werte");
  await axeClean(page, "preview");
  await shoot(page, testInfo, "working-groups-de-preview");

  await page.getByRole("button", { name: "5 Einträge übernehmen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "übernommen" })).toContainText(
    "4 Einträge angelegt, 1 geändert",
  );
  await axeClean(page, "applied");

  const detail = await trpcQuery<{ milestones: { id: number; title: string; status: string }[] }>(
    page.request,
    "workingGroup.byId",
    { id: groupId },
  );
  expect(detail.milestones.find((milestone) => milestone.id === milestoneId)?.status).toBe("DONE");
  expect(detail.milestones.map((milestone) => milestone.title)).toContain(`Bericht an den Rat ${suffix}`);
  const list = await trpcQuery<{ items: { id: number; name: string }[] }>(page.request, "workingGroup.list", {
    q: `AG Klima ${suffix}`,
  });
  expect(list.items.map((item) => item.name)).toEqual([`AG Klima ${suffix}`]);
  const fresh = await trpcQuery<{ milestones: { title: string }[] }>(page.request, "workingGroup.byId", {
    id: list.items[0]?.id,
  });
  expect(fresh.milestones.map((milestone) => milestone.title).sort()).toEqual(
    [`Arbeitsplan ${suffix}`, `Auftakt ${suffix}`].sort(),
  );
});
