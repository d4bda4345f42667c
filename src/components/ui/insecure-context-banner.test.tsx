import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InsecureContextBanner } from './insecure-context-banner.tsx'

describe('InsecureContextBanner', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('warns on a page that is not a secure context', () => {
    vi.stubGlobal('isSecureContext', false)

    render(<InsecureContextBanner />)

    expect(screen.getByRole('note')).toHaveTextContent(
      'copying to the clipboard and Sign in with Plex may not work here',
    )
  })

  it('says nothing on https or localhost', () => {
    vi.stubGlobal('isSecureContext', true)

    const { container } = render(<InsecureContextBanner />)

    expect(container).toBeEmptyDOMElement()
  })
})
