import { Button, Checkbox, Table } from "@medusajs/ui"
import { useState } from "react"
import { hasoApi, hasoKeys } from "../lib/api"
import { formatLira, istanbulToday } from "../lib/format"
import type { HasoInstallment } from "../lib/types"
import { useHasoAction } from "../lib/use-haso-action"
import { ErrorText } from "./action-form"
import { Status } from "./section"

/** Installments the store may still collect itself and report as paid. */
const OPEN = new Set(["unpaid", "partially_paid", "overdue"])

/** The live plan at Haso; open installments can be selected and marked paid as of today. */
export function InstallmentPlan({ orderId, installments }: { orderId: string; installments: HasoInstallment[] }) {
  const [selected, setSelected] = useState<string[]>([])
  const markPaid = useHasoAction({
    run: (codes: string[]) =>
      hasoApi(`/orders/${orderId}/paid-installments`, { method: "POST", body: { payment_codes: codes, date: istanbulToday() } }),
    confirm: (codes) => ({
      title: `Mark ${codes.length} installment${codes.length > 1 ? "s" : ""} paid?`,
      description: `Haso records them as collected by the store on ${istanbulToday()}. Haso will stop collecting them from the customer.`,
    }),
    success: "Installments marked paid at Haso",
    refresh: hasoKeys.order(orderId),
  })

  const toggle = (code: string, on: boolean) =>
    setSelected((current) => (on ? [...current, code] : current.filter((c) => c !== code)))

  return (
    <div className="flex flex-col gap-y-2">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell />
            <Table.HeaderCell>#</Table.HeaderCell>
            <Table.HeaderCell>Due</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {installments.map((installment) => (
            <Table.Row key={installment.payment_code}>
              <Table.Cell>
                {OPEN.has(installment.status_name) ? (
                  <Checkbox
                    aria-label={`Select installment ${installment.installment_no}`}
                    checked={selected.includes(installment.payment_code)}
                    onCheckedChange={(checked) => toggle(installment.payment_code, checked === true)}
                  />
                ) : null}
              </Table.Cell>
              <Table.Cell>{installment.installment_no}</Table.Cell>
              <Table.Cell>{installment.due_date.slice(0, 10)}</Table.Cell>
              <Table.Cell className="text-right">{formatLira(installment.amount)}</Table.Cell>
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
          Mark selected paid
        </Button>
      </div>
      <ErrorText message={markPaid.error} />
    </div>
  )
}
