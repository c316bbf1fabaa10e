import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Reconciliations } from "../../../components/reconciliations"
import { Block, Card, LoadError, Loading } from "../../../components/section"
import { HasoDataScope, useHasoQuery } from "../../../lib/data"
import type { HasoInstallmentRate } from "../../../lib/types"

/** The merchant's installment options as Haso defines them (read-only: Haso sets them). */
function InstallmentRates() {
  const { t } = useTranslation()
  const rates = useHasoQuery<{ installment_rates: HasoInstallmentRate[] }>("/installment-rates")
  return (
    <Card title={t("haso.settings.rates")}>
      <Block>
        {rates.error ? <LoadError error={rates.error} retry={rates.reload} /> : null}
        {!rates.data && !rates.error ? <Loading /> : null}
        {rates.data && !rates.data.installment_rates.length ? <Text size="small" className="text-ui-fg-subtle">{t("haso.settings.ratesEmpty")}</Text> : null}
        {rates.data?.installment_rates.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("haso.settings.ratesColumns.count")}</Table.HeaderCell>
                <Table.HeaderCell>{t("haso.settings.ratesColumns.no")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("haso.settings.ratesColumns.fee")}</Table.HeaderCell>
                <Table.HeaderCell>{t("haso.settings.ratesColumns.segment")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rates.data.installment_rates.map((rate) => (
                <Table.Row key={`${rate.dealer_segment ?? ""}:${rate.installment_no}`}>
                  <Table.Cell>{rate.installment_count}</Table.Cell>
                  <Table.Cell>{rate.installment_no}</Table.Cell>
                  <Table.Cell className="text-right">{`%${rate.fee_rate}`}</Table.Cell>
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
  <HasoDataScope dependsOn="settings">
    <div className="flex flex-col gap-y-3">
      <Reconciliations />
      <InstallmentRates />
    </div>
  </HasoDataScope>
)

export const config = defineRouteConfig({ label: "Haso" })

export default HasoSettingsPage
