import { QrCode } from './qr-code.tsx'

interface LinkCodeProps {
  code: string
  /** plex.tv/link, where the code is typed. */
  linkUrl: string
}

/** The code, large, and where to type it, as a link and as a QR code. */
export function LinkCode({ code, linkUrl }: LinkCodeProps) {
  const shownUrl = linkUrl.replace(/^https:\/\//, '')

  return (
    <div className="link-code">
      <p className="link-code-value">
        <span aria-hidden="true">{code}</span>
        {/* Spelled out, so it is read as characters rather than a word. */}
        <span className="visually-hidden">{code.split('').join(' ')}</span>
      </p>
      <ol>
        <li>
          On your phone or another computer, open{' '}
          <a href={linkUrl} target="_blank" rel="noreferrer">
            {shownUrl}
          </a>{' '}
          or scan the QR code.
        </li>
        <li>Sign in to Plex there.</li>
        <li>
          Enter the code <strong>{code}</strong>.
        </li>
      </ol>
      <QrCode text={linkUrl} label={`QR code: ${shownUrl}`} />
    </div>
  )
}
