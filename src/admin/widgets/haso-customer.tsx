import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { CustomerActions, IdentityLimits } from "../components/customer-actions"
import { Block, Card, Facts, LoadError, Loading, Pager, Status } from "../components/section"
import { isApiError } from "../lib/api"
import { HasoDataScope, useHasoQuery } from "../lib/data"
import { formatDate, formatLira } from "../lib/format"
import type { HasoCustomerAccount } from "../lib/types"

const PAGE_SIZE = 10

/** The customer's Haso account: live limit, suspension, transactions with their orders, and account actions. */
const HasoCustomerWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => (
  <HasoDataScope dependsOn={customer.updated_at ? String(customer.updated_at) : customer.id}>
    <HasoCustomer customerId={customer.id} />
  </HasoDataScope>
)

function HasoCustomer({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(0)
  const account = useHasoQuery<HasoCustomerAccount>(`/customers/${customerId}`, { limit: PAGE_SIZE, offset: page * PAGE_SIZE })
  const lira = (amount: number | null | undefined) => formatLira(amount, i18n.language)

  if (isApiError(account.error, "haso_not_linked")) {
    return (
      <Card title={t("haso.customer.title")}>
        <Block><Text size="small" className="text-ui-fg-subtle">{t("haso.customer.noAccount")}</Text></Block>
        <Block><IdentityLimits customerId={customerId} /></Block>
      </Card>
    )
  }
  if (!account.data) {
    return (
      <Card title={t("haso.customer.title")}>
        <Block>{account.error ? <LoadError error={account.error} retry={account.reload} /> : <Loading />}</Block>
      </Card>
    )
  }

  const { haso_customer: link, transactions } = account.data
  // Haso's live answer wins over the snapshot the store keeps.
  const suspended = link.limit?.suspended ?? link.suspended
  const pages = Math.max(1, Math.ceil(transactions.count / PAGE_SIZE))
  return (
    <Card title={t("haso.customer.title")} status={suspended ? "suspended" : "active"}>
      <Block>
        {account.error ? <LoadError error={account.error} retry={account.reload} /> : null}
        <Facts
          rows={[
            [t("haso.customer.hasoCustomer"), link.haso_customer_id],
            [t("haso.customer.limit"), lira(link.limit?.limit)],
            [t("haso.customer.available"), lira(link.limit?.available_limit)],
            [t("haso.customer.verified"), `${formatDate(link.verified_at, i18n.language)}${link.verification_method ? ` (${t(`haso.customer.method.${link.verification_method}`)})` : ""}`],
          ]}
        />
      </Block>
      <Block title={t("haso.customer.actions")}>
        <CustomerActions customerId={customerId} suspended={suspended} />
      </Block>
      <Block title={t("haso.customer.transactions")}>
        {transactions.items.length ? (
          <>
            <Table data-testid="haso-customer-transactions">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("haso.customer.columns.transaction")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("haso.customer.columns.order")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("haso.customer.columns.date")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("haso.customer.columns.total")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("haso.customer.columns.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {transactions.items.map((transaction) => (
                  <Table.Row key={transaction.transaction_code}>
                    <Table.Cell>{transaction.transaction_code}</Table.Cell>
                    <Table.Cell>
                      {transaction.order ? <Link to={`/orders/${transaction.order.id}`} className="text-ui-fg-interactive hover:underline">#{transaction.order.display_id ?? transaction.order.id}</Link> : "-"}
                    </Table.Cell>
                    <Table.Cell>{formatDate(transaction.created_at, i18n.language)}</Table.Cell>
                    <Table.Cell className="text-right">{lira(transaction.total_amount)}</Table.Cell>
                    <Table.Cell><Status name={transaction.status_name} /></Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Pager page={page} pages={pages} onPage={setPage} />
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">{t("haso.customer.transactionsEmpty")}</Text>
        )}
      </Block>
    </Card>
  )
}

export const config = defineWidgetConfig({
  // "customer.details" is 2.21's name for the deprecated "customer.details.after".
  zone: "customer.details",
  id: "haso:customer-account",
})

export default HasoCustomerWidget
