import { Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { hasoApi, hasoKeys } from "../lib/api"
import { istanbulToday } from "../lib/format"
import type { HasoReconciliationList } from "../lib/types"
import { useHasoAction } from "../lib/use-haso-action"
import { ActionForm, type Values } from "./action-form"
import { Block, Card, LoadError, Loading, Status } from "./section"

const PAGE_SIZE = 20

/** Stored daily reports (Haso's day list against Medusa's payments) and a way to run one now. */
export function Reconciliations() {
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: [...hasoKeys.reconciliations, page],
    queryFn: () => hasoApi<HasoReconciliationList>("/reconciliations", { query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  })
  const run = useHasoAction({
    run: (values: Values) => hasoApi("/reconciliations", { method: "POST", body: { date: values.date } }),
    confirm: (values) => ({
      title: `Reconcile ${values.date}?`,
      description: "Reads the day's records from Haso and compares them with Medusa's. A report already stored for that day is replaced.",
    }),
    success: "Reconciliation finished",
    refresh: hasoKeys.reconciliations,
  })

  return (
    <Card title="Daily reconciliation">
      <Block>
        <ActionForm
          id="haso-reconciliation"
          title="Run for a date"
          submitLabel="Run"
          action={run}
          // Yesterday: today's records at Haso are still growing.
          fields={[{ name: "date", label: "Date", kind: "date", initial: istanbulToday(-1) }]}
        />
      </Block>
      <Block>
        {list.error ? <LoadError error={list.error} retry={() => list.refetch()} /> : null}
        {list.isPending ? <Loading /> : null}
        {list.data && !list.data.reconciliations.length ? (
          <Text size="small" className="text-ui-fg-subtle">No reconciliation has run yet.</Text>
        ) : null}
        {list.data?.reconciliations.length ? (
          <>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Date</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Matched</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">At Haso only</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">In Medusa only</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Amounts differ</Table.HeaderCell>
                  <Table.HeaderCell>Error</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {list.data.reconciliations.map((report) => (
                  <Table.Row key={report.id}>
                    <Table.Cell>{report.date}</Table.Cell>
                    <Table.Cell><Status name={report.status} /></Table.Cell>
                    <Table.Cell className="text-right">{report.matched_count}</Table.Cell>
                    <Table.Cell className="text-right">{report.missing_in_medusa_count}</Table.Cell>
                    <Table.Cell className="text-right">{report.missing_at_haso_count}</Table.Cell>
                    <Table.Cell className="text-right">{report.amount_mismatch_count}</Table.Cell>
                    <Table.Cell className="max-w-[240px] truncate" title={report.error ?? undefined}>{report.error ?? "-"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Table.Pagination
              count={list.data.count}
              pageSize={PAGE_SIZE}
              pageIndex={page}
              pageCount={Math.max(1, Math.ceil(list.data.count / PAGE_SIZE))}
              canPreviousPage={page > 0}
              canNextPage={(page + 1) * PAGE_SIZE < list.data.count}
              previousPage={() => setPage(page - 1)}
              nextPage={() => setPage(page + 1)}
            />
          </>
        ) : null}
      </Block>
    </Card>
  )
}
