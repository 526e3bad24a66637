"use client";
// A record list's header: its title, the saved views, the export of what the filter shows (where the user may
// export it; `extra` adds files such as a PDF report) and, for editors, "new …" at `/<kind>/new`.
import type { SavedViewList } from "@/server/lists/saved-views";
import { useI18n } from "../_i18n/client";
import { type ExportItem, ListExportMenu } from "./export-menu";
import { ListHeader } from "./list-controls";
import { SavedViewsMenu } from "./saved-views-menu";

export function RecordListHeader({
  title,
  createLabel,
  kind,
  views,
  exportable = true,
  extra,
}: {
  title: string;
  createLabel: string;
  /** The records' path and export: "working-groups". */
  kind: string;
  /** The saved views' list, also naming the export: "workingGroups". */
  views: SavedViewList & keyof ReturnType<typeof useI18n>["m"]["export"]["kinds"];
  exportable?: boolean;
  extra?: ExportItem[];
}) {
  const { m } = useI18n();
  return (
    <ListHeader
      title={title}
      createHref={`/${kind}/new`}
      createLabel={createLabel}
      actions={
        <>
          <SavedViewsMenu list={views} />
          {exportable ? <ListExportMenu kind={kind} what={m.export.kinds[views]} extra={extra} /> : null}
        </>
      }
    />
  );
}
