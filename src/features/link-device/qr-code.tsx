import { useMemo } from 'react'
import { create } from 'qrcode'

// Scanners need a light margin of four modules around the code.
const QUIET_ZONE = 4

/**
 * A QR code drawn as inline SVG: the page's policy allows no `data:`
 * images, and a canvas would say nothing to assistive technology.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrCodePath(text), [text])

  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}

/**
 * The dark modules of `text`'s QR code as one SVG path, a rectangle per
 * run of dark modules in a row, in module units with the quiet zone around.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const runs: string[] = []

  for (let row = 0; row < modules.size; row += 1) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col += 1
      const x = start + QUIET_ZONE
      const y = row + QUIET_ZONE
      runs.push(`M${x} ${y}h${col - start}v1h-${col - start}z`)
    }
  }

  return { size: modules.size + 2 * QUIET_ZONE, path: runs.join('') }
}
