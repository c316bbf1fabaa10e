import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { CustomerActions } from "../components/customer-actions"
import { Block, Card, Facts, LoadError, Loading, Status } from "../components/section"
import { hasoApi, hasoKeys, isApiError } from "../lib/api"
import { formatDate, formatLira } from "../lib/format"
import type { HasoCustomerAccount } from "../lib/types"

const PAGE_SIZE = 10

/** The customer's Haso account: live limit, suspension, transactions, and account actions. */
const HasoCustomerWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const [page, setPage] = useState(0)
  const account = useQuery({
    queryKey: [...hasoKeys.customer(customer.id), page],
    queryFn: () =>
      hasoApi<HasoCustomerAccount>(`/customers/${customer.id}`, { query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE } }),
    placeholderData: keepPreviousData,
    retry: false,
  })

  if (isApiError(account.error, "haso_not_linked")) {
    return (
      <Card title="Haso account">
        <Block><Text size="small" className="text-ui-fg-subtle">No Haso account</Text></Block>
      </Card>
    )
  }
  if (!account.data) {
    return (
      <Card title="Haso account">
        <Block>{account.error ? <LoadError error={account.error} retry={() => account.refetch()} /> : <Loading />}</Block>
      </Card>
    )
  }

  const { haso_customer: link, transactions } = account.data
  // Haso's live answer wins over the snapshot the store keeps.
  const suspended = link.limit?.suspended ?? link.suspended
  return (
    <Card title="Haso account" status={suspended ? "suspended" : "active"}>
      <Block>
        {account.error ? <LoadError error={account.error} retry={() => account.refetch()} /> : null}
        <Facts
          rows={[
            ["Haso customer", link.haso_customer_id],
            ["Limit", formatLira(link.limit?.limit)],
            ["Available limit", formatLira(link.limit?.available_limit)],
            ["Verified", `${formatDate(link.verified_at)}${link.verification_method ? ` (${link.verification_method})` : ""}`],
          ]}
        />
      </Block>
      <Block title="Actions">
        <CustomerActions customerId={customer.id} suspended={suspended} />
      </Block>
      <Block title="Transactions">
        {transactions.items.length ? (
          <>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Transaction</Table.HeaderCell>
                  <Table.HeaderCell>Order reference</Table.HeaderCell>
                  <Table.HeaderCell>Date</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {transactions.items.map((transaction) => (
                  <Table.Row key={transaction.transaction_code}>
                    <Table.Cell>{transaction.transaction_code}</Table.Cell>
                    <Table.Cell>{transaction.merchant_oid}</Table.Cell>
                    <Table.Cell>{formatDate(transaction.created_at)}</Table.Cell>
                    <Table.Cell className="text-right">{formatLira(transaction.total_amount)}</Table.Cell>
                    <Table.Cell><Status name={transaction.status_name} /></Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Table.Pagination
              count={transactions.count}
              pageSize={PAGE_SIZE}
              pageIndex={page}
              pageCount={Math.max(1, Math.ceil(transactions.count / PAGE_SIZE))}
              canPreviousPage={page > 0}
              canNextPage={(page + 1) * PAGE_SIZE < transactions.count}
              previousPage={() => setPage(page - 1)}
              nextPage={() => setPage(page + 1)}
            />
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">No Haso transactions yet.</Text>
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
