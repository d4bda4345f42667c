import { type KeyboardEvent } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import * as z from 'zod/mini'
import { ActionButton } from '../../components/ui/action-button.tsx'
import { TextAreaField } from '../../components/ui/text-area-field.tsx'
import { useSubmitOnce } from '../../components/ui/use-submit-once.ts'
import {
  classifyPastedToken,
  type PastedToken,
} from '../../lib/plex/pasted-token.ts'
import { describeKind, describeExtraction } from './token-words.ts'

export type RecognisedToken = Extract<PastedToken, { ok: true }>

const PastedTokenFormSchema = z.object({
  pasted: z.string().check(
    z.superRefine((value, context) => {
      const result = classifyPastedToken(value)
      if (!result.ok) {
        // The issue leaves out the input: it is the pasted secret.
        context.issues.push({
          code: 'custom',
          message: result.reason,
          input: undefined,
        })
      }
    }),
  ),
})

const IDLE_HINT =
  'An account token, a Plex JWT, a transient token, a claim code, or a whole link holding X-Plex-Token=. Nothing is sent until you choose Inspect.'

interface TokenPasteFormProps {
  isInspecting: boolean
  /** Resolves once any request for this token has finished. */
  onInspect: (recognised: RecognisedToken) => Promise<void>
  /**
   * The field no longer holds what was inspected (an edit, or a submit it
   * refused): a result on screen would belong to something else.
   */
  onEdit: () => void
}

/** The one field a token, link or query string is pasted into. */
export function TokenPasteForm({
  isInspecting,
  onInspect,
  onEdit,
}: TokenPasteFormProps) {
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(PastedTokenFormSchema),
    defaultValues: { pasted: '' },
  })
  const pasted = useWatch({ control, name: 'pasted' })
  const preview = pasted.trim() === '' ? null : classifyPastedToken(pasted)
  const handleSubmitOnce = useSubmitOnce(
    handleSubmit,
    handleValidSubmit,
    onEdit,
  )

  async function handleValidSubmit({ pasted }: { pasted: string }) {
    const recognised = classifyPastedToken(pasted)
    if (recognised.ok) await onInspect(recognised)
  }

  // Enter inspects, as in a one-line field; a token never needs a newline.
  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey) return
    event.preventDefault()
    event.currentTarget.form?.requestSubmit()
  }

  return (
    <form
      noValidate
      className="card stack"
      aria-label="Paste a token"
      onSubmit={handleSubmitOnce}
    >
      <TextAreaField
        label="Token or link"
        rows={3}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        className="token-paste"
        hint={
          preview?.ok
            ? `Recognised: ${describeKind(preview.kind)}${describeExtraction(preview.extraction)}.`
            : IDLE_HINT
        }
        error={errors.pasted?.message}
        onKeyDown={handleKeyDown}
        {...register('pasted', { onChange: onEdit })}
      />
      <div className="actions">
        <ActionButton
          type="submit"
          className="button-primary"
          isUnavailable={isInspecting}
        >
          {isInspecting ? 'Inspecting…' : 'Inspect'}
        </ActionButton>
      </div>
    </form>
  )
}
