import { screen } from '@testing-library/react'
import { expect } from 'vitest'
import { BODY_SENTINELS } from './failure-answers.ts'
import { OUTCOMES, type Outcome } from './failure-matrix.ts'

interface Explanation {
  /** The alert's first line: what did not happen. */
  title?: string
  /** Why, when a screen words an outcome its own way; else the matrix's words. */
  why?: string | RegExp
  /** Further lines the screen owes the person (what still holds, what next). */
  also?: (string | RegExp)[]
}

function matrixWords(outcome: Outcome): RegExp {
  const says = OUTCOMES[outcome].says
  if (!says) throw new Error(`The matrix has no words for "${outcome}"`)
  return says
}

/**
 * What every failure shown on a screen owes the person: what failed, why in
 * the failure matrix's words, and nothing of the body the server sent.
 */
export function expectFailureExplained(
  element: HTMLElement,
  outcome: Outcome,
  { title, why = matrixWords(outcome), also = [] }: Explanation = {},
) {
  if (title) expect(element).toHaveTextContent(title)
  expect(element).toHaveTextContent(why)
  for (const line of also) expect(element).toHaveTextContent(line)
  expectNoBodyEchoed(element)
}

export function expectNoBodyEchoed(element: HTMLElement) {
  for (const sentinel of BODY_SENTINELS) {
    expect(element).not.toHaveTextContent(sentinel)
  }
}

/** plex.tv refused the session's own token: the tab is signed out, saying why. */
export async function expectSessionEndedByPlex() {
  expect(
    await screen.findByText(/plex\.tv no longer accepts this token/),
  ).toBeInTheDocument()
  expect(sessionStorage.getItem('plexkey.token')).toBeNull()
}
