import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { hasoApi, hasoKeys } from "../lib/api"
import { formatDate, formatLira, humanize } from "../lib/format"
import type { HasoEventList } from "../lib/types"
import { LoadError, Loading, Status } from "./section"

const SHOWN = 10

/** What staff told Haso about the order, newest first, with Haso's answer. */
export function EventHistory({ orderId }: { orderId: string }) {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: [...hasoKeys.order(orderId), "events"],
    queryFn: () => hasoApi<HasoEventList>(`/orders/${orderId}/events`, { query: { limit: SHOWN } }),
    retry: false,
  })
  if (isPending) return <Loading />
  if (error) return <LoadError error={error} retry={() => refetch()} />
  if (!data.haso_events.length) {
    return <Text size="small" className="text-ui-fg-subtle">Nothing sent to Haso from the admin yet.</Text>
  }
  return (
    <ul className="flex flex-col gap-y-2">
      {data.haso_events.map((event) => (
        <li key={event.id} className="flex flex-col gap-y-0.5">
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" weight="plus">
              {humanize(event.type)}{event.amount !== null ? ` · ${formatLira(event.amount)}` : ""}
            </Text>
            <Status name={event.status} />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {formatDate(event.created_at)}
            {event.haso_code ? ` · ${event.haso_code}` : ""}
            {event.message ? ` · ${event.message}` : ""}
          </Text>
        </li>
      ))}
      {data.count > SHOWN ? (
        <Text size="xsmall" className="text-ui-fg-subtle">Showing the latest {SHOWN} of {data.count}.</Text>
      ) : null}
    </ul>
  )
}
