import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Reconciliations } from "../../../components/reconciliations"
import { Block, Card, LoadError, Loading } from "../../../components/section"
import { hasoApi, hasoKeys } from "../../../lib/api"
import type { HasoInstallmentRate } from "../../../lib/types"

/** The merchant's installment options as Haso defines them (read-only: Haso sets them). */
function InstallmentRates() {
  const rates = useQuery({
    queryKey: hasoKeys.rates,
    queryFn: () => hasoApi<{ installment_rates: HasoInstallmentRate[] }>("/installment-rates"),
    retry: false,
  })
  return (
    <Card title="Installment rates">
      <Block>
        {rates.error ? <LoadError error={rates.error} retry={() => rates.refetch()} /> : null}
        {rates.isPending ? <Loading /> : null}
        {rates.data && !rates.data.installment_rates.length ? (
          <Text size="small" className="text-ui-fg-subtle">Haso returned no installment rates.</Text>
        ) : null}
        {rates.data?.installment_rates.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Installments</Table.HeaderCell>
                <Table.HeaderCell>Haso option no.</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Fee rate</Table.HeaderCell>
                <Table.HeaderCell>Dealer segment</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rates.data.installment_rates.map((rate) => (
                <Table.Row key={`${rate.dealer_segment ?? ""}:${rate.installment_no}`}>
                  <Table.Cell>{rate.installment_count}</Table.Cell>
                  <Table.Cell>{rate.installment_no}</Table.Cell>
                  <Table.Cell className="text-right">{`${rate.fee_rate} %`}</Table.Cell>
                  <Table.Cell>{rate.dealer_segment ?? "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : null}
      </Block>
    </Card>
  )
}

const HasoSettingsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Reconciliations />
    <InstallmentRates />
  </div>
)

export const config = defineRouteConfig({ label: "Haso" })

export default HasoSettingsPage
