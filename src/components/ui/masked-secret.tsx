import { useState } from 'react'
import { CopyButton } from './copy-button.tsx'

interface MaskedSecretProps {
  /** What the secret is, e.g. "token": used in button names. */
  name: string
  value: string
}

const MASK = '•'.repeat(20)

/**
 * A secret shown masked, revealed or copied only on an explicit action. The
 * mask has a fixed length so it does not give away the secret's length.
 */
export function MaskedSecret({ name, value }: MaskedSecretProps) {
  const [isRevealed, setIsRevealed] = useState(false)
  const capitalName = name.charAt(0).toUpperCase() + name.slice(1)

  return (
    <div className="secret">
      <code>
        {isRevealed ? (
          value
        ) : (
          <>
            <span aria-hidden="true">{MASK}</span>
            <span className="visually-hidden">{capitalName} hidden</span>
          </>
        )}
      </code>
      <button
        type="button"
        onClick={() => setIsRevealed((revealed) => !revealed)}
      >
        {isRevealed ? `Hide ${name}` : `Show ${name}`}
      </button>
      <CopyButton
        text={value}
        label={`Copy ${name}`}
        copiedMessage={`${capitalName} copied.`}
      />
    </div>
  )
}
