import { Button, Drawer, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useHasoAction, useHasoQuery } from "../lib/data"
import { istanbulToday } from "../../haso/dates"
import { formatDate, formatLira } from "../lib/format"
import type { HasoReconciliationDetail, HasoReconciliationList } from "../lib/types"
import { ActionForm, type Values } from "./action-form"
import { Block, Card, LoadError, Loading, Pager, Status } from "./section"

const PAGE_SIZE = 20

/** Stored daily reports (Haso's day against Medusa's payments), a way to run one now, and each report's differences. */
export function Reconciliations() {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(0)
  const [opened, setOpened] = useState<string | null>(null)
  const list = useHasoQuery<HasoReconciliationList>("/reconciliations", { limit: PAGE_SIZE, offset: page * PAGE_SIZE })
  const run = useHasoAction({
    run: (values: Values, api) => api("/reconciliations", { method: "POST", body: { date: values.date } }),
    confirm: (values) => ({ title: t("haso.settings.runConfirm.title", { date: formatDate(values.date, i18n.language) }), description: t("haso.settings.runConfirm.description") }),
    success: () => t("haso.settings.runDone"),
  })
  const pages = Math.max(1, Math.ceil((list.data?.count ?? 0) / PAGE_SIZE))

  return (
    <Card title={t("haso.settings.reconciliation")}>
      <Block>
        <ActionForm
          id="haso-reconciliation"
          title={t("haso.settings.runFor")}
          submitLabel={t("haso.settings.run")}
          action={run}
          // Yesterday: today's records at Haso are still growing.
          fields={[{ name: "date", label: "date", kind: "date", initial: istanbulToday(-1), past: true }]}
        />
      </Block>
      <Block>
        {list.error ? <LoadError error={list.error} retry={list.reload} /> : null}
        {!list.data && !list.error ? <Loading /> : null}
        {list.data && !list.data.reconciliations.length ? <Text size="small" className="text-ui-fg-subtle">{t("haso.settings.empty")}</Text> : null}
        {list.data?.reconciliations.length ? (
          <Table data-testid="haso-reconciliations">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("haso.settings.columns.date")}</Table.HeaderCell>
                <Table.HeaderCell>{t("haso.settings.columns.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("haso.settings.columns.matched")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("haso.settings.columns.hasoOnly")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("haso.settings.columns.medusaOnly")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("haso.settings.columns.differ")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.reconciliations.map((report) => (
                <Table.Row key={report.id} data-testid="haso-reconciliation-row" data-date={report.date}>
                  <Table.Cell>{formatDate(report.date, i18n.language)}</Table.Cell>
                  <Table.Cell><Status name={report.status} /></Table.Cell>
                  <Table.Cell className="text-right">{report.matched_count}</Table.Cell>
                  <Table.Cell className="text-right">{report.missing_in_medusa_count}</Table.Cell>
                  <Table.Cell className="text-right">{report.missing_at_haso_count}</Table.Cell>
                  <Table.Cell className="text-right">{report.amount_mismatch_count}</Table.Cell>
                  <Table.Cell className="text-right">
                    {report.status === "failed" ? (
                      <Text size="xsmall" className="text-ui-fg-error" title={report.error ?? undefined}>{report.error}</Text>
                    ) : report.status === "mismatched" ? (
                      <Button size="small" variant="transparent" onClick={() => setOpened(report.date)}>{t("haso.settings.open")}</Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : null}
        <Pager page={page} pages={pages} onPage={setPage} />
      </Block>
      <Drawer open={!!opened} onOpenChange={(open) => !open && setOpened(null)}>
        <Drawer.Content className="max-w-[880px]">
          <Drawer.Header>
            <Drawer.Title>{opened ? t("haso.settings.mismatches", { date: formatDate(opened, i18n.language) }) : ""}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">{opened ? <Mismatches date={opened} onNavigate={() => setOpened(null)} /> : null}</Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Card>
  )
}

/** Every mismatched item of a day: what kind, the transaction, the Medusa order, both sides' amounts. */
function Mismatches({ date, onNavigate }: { date: string; onNavigate: () => void }) {
  const { t, i18n } = useTranslation()
  const detail = useHasoQuery<HasoReconciliationDetail>(`/reconciliations/${date}`)
  if (!detail.data) {
    return detail.error ? <LoadError error={detail.error} retry={detail.reload} /> : <Loading />
  }
  const { reconciliation } = detail.data
  const total = reconciliation.missing_in_medusa_count + reconciliation.missing_at_haso_count + reconciliation.amount_mismatch_count
  if (!reconciliation.mismatches.length) {
    return <Text size="small">{t("haso.settings.mismatchesEmpty")}</Text>
  }
  return (
    <div className="flex flex-col gap-y-2">
      <Table data-testid="haso-mismatches">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("haso.settings.mismatchColumns.kind")}</Table.HeaderCell>
            <Table.HeaderCell>{t("haso.settings.mismatchColumns.transaction")}</Table.HeaderCell>
            <Table.HeaderCell>{t("haso.settings.mismatchColumns.order")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("haso.settings.mismatchColumns.haso")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("haso.settings.mismatchColumns.medusa")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {reconciliation.mismatches.map((item) => (
            <Table.Row key={`${item.kind}:${item.merchant_oid}:${item.refund_id ?? ""}`} data-testid="haso-mismatch" data-kind={item.kind}>
              <Table.Cell>{t(`haso.mismatch.${item.kind}`)}</Table.Cell>
              <Table.Cell>
                {item.transaction_code ?? item.merchant_oid}
                {item.refund_id ? <Text size="xsmall" className="text-ui-fg-subtle">{item.refund_id}</Text> : null}
              </Table.Cell>
              <Table.Cell>
                {item.order ? (
                  <Link to={`/orders/${item.order.id}`} onClick={onNavigate} className="text-ui-fg-interactive hover:underline">#{item.order.display_id ?? item.order.id}</Link>
                ) : "-"}
              </Table.Cell>
              <Table.Cell className="text-right">{formatLira(item.haso_amount, i18n.language)}</Table.Cell>
              <Table.Cell className="text-right">{formatLira(item.medusa_amount, i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {total > reconciliation.mismatches.length ? (
        <Text size="xsmall" className="text-ui-fg-subtle">{t("haso.settings.mismatchesMore", { shown: reconciliation.mismatches.length, count: total })}</Text>
      ) : null}
    </div>
  )
}
