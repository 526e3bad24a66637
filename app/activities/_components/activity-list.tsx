"use client";
import Link from "next/link";
import { ACTIVITY_TYPES } from "@/server/domain/enums";
import { formatDateRange, partnerName } from "@/server/i18n/format";
import { activityList } from "@/server/lists/activities";
import { useListBulk } from "../../_components/bulk-bar";
import {
  enumOptions,
  FilterForm,
  FilterSelect,
  FilterYear,
  LinkCell,
  ListTable,
  useListQuery,
} from "../../_components/list-controls";
import { RecordListHeader } from "../../_components/record-list-header";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { ActivityBulkBar } from "./activity-list-bulk";

export function ActivityList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { input, list } = useListQuery(activityList.fromSearchParams, (input) =>
    trpc.activity.list.queryOptions(input),
  );
  // Editors and admins choose activities for a bulk change.
  const bulk = useListBulk(input, list.data, (row) => row.version);

  return (
    <>
      <RecordListHeader
        title={m.activity.listTitle}
        createLabel={m.activity.create}
        kind="activities"
        views="activities"
      />
      <FilterForm search={input.q} placeholder={m.activity.searchPlaceholder} typedFields={["year"]}>
        <FilterSelect name="type" label={m.common.type} options={enumOptions(ACTIVITY_TYPES, m.enums.activityType)} />
        <FilterYear name="year" label={m.common.year} value={input.year} />
      </FilterForm>

      {bulk.enabled ? <ActivityBulkBar {...bulk.bar} /> : null}

      <ListTable
        id="activity-table"
        title={m.activity.listTitle}
        list={list}
        columns={[
          ...bulk.columns,
          { key: "dates", label: m.activity.dates, sortKey: "startOn" },
          { key: "title", label: m.common.title, sortKey: "title" },
          { key: "type", label: m.common.type, sortKey: "type" },
          { key: "place", label: m.activity.place },
          { key: "partner", label: m.common.partner },
        ]}
        order={input}
        defaultSort="startOn"
        columnSet={activityList.columns}
      >
        {list.data?.items.map((activity) => (
          <tr key={activity.id}>
            {bulk.cell(activity, activity.title)}
            <td>{formatDateRange(activity.startOn, activity.endOn, locale)}</td>
            <LinkCell href={`/activities/${activity.id}`} label={activity.title} verified={activity.verified} />
            <td>{m.enums.activityType[activity.type]}</td>
            <td>{activity.place ?? m.common.none}</td>
            <td>
              {activity.partner ? (
                <Link href={`/partners/${activity.partner.id}`}>{partnerName(activity.partner, locale)}</Link>
              ) : (
                m.common.none
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
