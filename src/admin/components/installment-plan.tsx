import { Button, Checkbox, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useHasoAction } from "../lib/data"
import { istanbulToday } from "../../haso/dates"
import { formatDate, formatLira } from "../lib/format"
import type { HasoInstallment } from "../lib/types"
import { ErrorText, Status } from "./section"

/** Installments the store may still collect itself and report as paid. */
const OPEN = new Set(["unpaid", "partially_paid", "overdue"])

/** The live plan at Haso; open installments can be selected and marked paid as of today. */
export function InstallmentPlan({ orderId, installments }: { orderId: string; installments: HasoInstallment[] }) {
  const { t, i18n } = useTranslation()
  const [selected, setSelected] = useState<string[]>([])
  const markPaid = useHasoAction({
    run: (codes: string[], api) => api(`/orders/${orderId}/paid-installments`, { method: "POST", body: { payment_codes: codes, date: istanbulToday() } }),
    confirm: (codes) => ({
      title: t("haso.order.markPaidConfirm.title", { count: codes.length }),
      description: t("haso.order.markPaidConfirm.description", { date: formatDate(istanbulToday(), i18n.language) }),
    }),
    success: () => t("haso.order.markPaidDone"),
  })
  const toggle = (code: string, on: boolean) => setSelected((current) => (on ? [...current, code] : current.filter((c) => c !== code)))

  return (
    <div className="flex flex-col gap-y-2">
      <Table data-testid="haso-plan">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell />
            <Table.HeaderCell>{t("haso.order.planColumns.no")}</Table.HeaderCell>
            <Table.HeaderCell>{t("haso.order.planColumns.due")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("haso.order.planColumns.amount")}</Table.HeaderCell>
            <Table.HeaderCell>{t("haso.order.planColumns.status")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {installments.map((installment) => (
            <Table.Row key={installment.payment_code} data-testid="haso-plan-row" data-status={installment.status_name}>
              <Table.Cell>
                {OPEN.has(installment.status_name) ? (
                  <Checkbox
                    aria-label={t("haso.order.selectInstallment", { no: installment.installment_no })}
                    checked={selected.includes(installment.payment_code)}
                    onCheckedChange={(checked) => toggle(installment.payment_code, checked === true)}
                  />
                ) : null}
              </Table.Cell>
              <Table.Cell>{installment.installment_no}</Table.Cell>
              <Table.Cell>{formatDate(installment.due_date.slice(0, 10), i18n.language)}</Table.Cell>
              <Table.Cell className="text-right">{formatLira(installment.amount, i18n.language)}</Table.Cell>
              <Table.Cell><Status name={installment.status_name} /></Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex justify-end">
        <Button
          size="small"
          variant="secondary"
          disabled={!selected.length}
          isLoading={markPaid.pending}
          onClick={async () => (await markPaid.submit(selected)) && setSelected([])}
        >
          {t("haso.order.markPaid")}
        </Button>
      </div>
      <ErrorText message={markPaid.error} />
    </div>
  )
}
