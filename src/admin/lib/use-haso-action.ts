import { toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"

type Confirmation = { title: string; description: string; confirmText?: string; variant?: "danger" | "confirmation" }

export type HasoAction<V> = {
  /** Asks for confirmation, then runs; resolves true when it went through. */
  submit: (values: V) => Promise<boolean>
  pending: boolean
  /** The API's message of the last failure, shown next to the form. */
  error: string | null
}

/**
 * A state-changing Haso call as staff trigger it: these reach Haso and most
 * cannot be taken back, so each one is confirmed first. Whatever the outcome,
 * `refresh` is reloaded: a refused call is recorded in the history too.
 */
export function useHasoAction<V>(options: {
  run: (values: V) => Promise<unknown>
  confirm: (values: V) => Confirmation
  success: string
  refresh: QueryKey
}): HasoAction<V> {
  const prompt = usePrompt()
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: options.run,
    onSuccess: () => toast.success(options.success),
    onSettled: () => queryClient.invalidateQueries({ queryKey: options.refresh }),
  })
  const submit = async (values: V) => {
    const confirmed = await prompt({ confirmText: "Confirm", cancelText: "Cancel", ...options.confirm(values) })
    if (!confirmed) return false
    return mutation.mutateAsync(values).then(
      () => true,
      () => false // the message is in `error`
    )
  }
  return { submit, pending: mutation.isPending, error: mutation.error?.message ?? null }
}
