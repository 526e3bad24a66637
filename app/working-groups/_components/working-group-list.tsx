"use client";
import Link from "next/link";
import { WORKING_GROUP_STATUSES } from "@/server/domain/enums";
import { fmt, partnerName } from "@/server/i18n/format";
import { MILESTONE_FILTERS, workingGroupList } from "@/server/lists/working-groups";
import { LabelBadge } from "../../_components/badges";
import { useListBulk } from "../../_components/bulk-bar";
import {
  enumOptions,
  FilterForm,
  FilterSelect,
  LinkCell,
  ListTable,
  useListQuery,
} from "../../_components/list-controls";
import { RecordListHeader } from "../../_components/record-list-header";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";
import { WorkingGroupBulkBar } from "./working-group-bulk";

export function WorkingGroupList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { input, list } = useListQuery(workingGroupList.fromSearchParams, (input) =>
    trpc.workingGroup.list.queryOptions(input),
  );
  // Editors and admins choose working groups for a bulk status change.
  const bulk = useListBulk(input, list.data, (row) => row.version);

  return (
    <>
      <RecordListHeader
        title={m.workingGroup.listTitle}
        createLabel={m.workingGroup.create}
        kind="working-groups"
        views="workingGroups"
      />
      <FilterForm search={input.q} placeholder={m.workingGroup.searchPlaceholder}>
        <FilterSelect
          name="status"
          label={m.common.status}
          options={enumOptions(WORKING_GROUP_STATUSES, m.enums.workingGroupStatus)}
        />
        <FilterSelect
          name="milestones"
          label={m.workingGroup.milestones}
          options={enumOptions(MILESTONE_FILTERS, m.workingGroup.milestoneFilter)}
        />
      </FilterForm>

      {bulk.enabled ? <WorkingGroupBulkBar {...bulk.bar} /> : null}

      <ListTable
        id="working-group-table"
        title={m.workingGroup.listTitle}
        list={list}
        columns={[
          ...bulk.columns,
          { key: "name", label: m.workingGroup.name, sortKey: "name" },
          { key: "agreement", label: m.workingGroup.agreement },
          { key: "status", label: m.common.status, sortKey: "status" },
          { key: "milestones", label: m.workingGroup.milestones },
        ]}
        order={input}
        defaultSort="name"
        columnSet={workingGroupList.columns}
      >
        {list.data?.items.map((group) => (
          <tr key={group.id}>
            {bulk.cell(group, group.name)}
            <LinkCell href={`/working-groups/${group.id}`} label={group.name} verified={group.verified} />
            <td>
              <Link href={`/agreements/${group.agreement.id}`}>{group.agreement.title}</Link>
              <div className="small muted">{partnerName(group.agreement.partner, locale)}</div>
            </td>
            <td>
              <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>
            </td>
            <td>
              {fmt(
                m.workingGroup.milestoneCount,
                {
                  done: group.milestones.done,
                  total: group.milestones.total,
                },
                locale,
              )}
              {group.milestones.overdue > 0 ? (
                <div className="small" style={{ color: "var(--danger)", fontWeight: 600 }}>
                  {fmt(m.workingGroup.overdueCount, { count: group.milestones.overdue }, locale)}
                </div>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
