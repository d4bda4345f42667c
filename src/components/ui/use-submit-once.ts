import type { BaseSyntheticEvent } from 'react'
import type {
  FieldValues,
  SubmitErrorHandler,
  SubmitHandler,
  UseFormHandleSubmit,
} from 'react-hook-form'
import { useSingleFlight } from './use-single-flight.ts'

/**
 * A form's `onSubmit` that sends once per submission: react-hook-form
 * validates asynchronously, so a guard placed only around the request lets
 * a second click through while the first is still being validated. This
 * one covers validation and the request together — `onValid` must return
 * the request's promise.
 */
export function useSubmitOnce<Values extends FieldValues, Submitted>(
  handleSubmit: UseFormHandleSubmit<Values, Submitted>,
  onValid: SubmitHandler<Submitted>,
  onInvalid?: SubmitErrorHandler<Values>,
) {
  const runOnce = useSingleFlight()
  return (event?: BaseSyntheticEvent) => {
    event?.preventDefault()
    void runOnce(() => handleSubmit(onValid, onInvalid)(event))
  }
}
