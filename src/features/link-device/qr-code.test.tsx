import { render, screen } from '@testing-library/react'
import { create } from 'qrcode'
import { expect, test } from 'vitest'
import { QrCode, qrCodePath } from './qr-code.tsx'

const TEXT = 'https://plex.tv/link'

function darkCells(path: string, size: number): boolean[][] {
  const cells = Array.from({ length: size }, () =>
    Array<boolean>(size).fill(false),
  )
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx += 1) {
      cells[Number(y)]![Number(x) + dx] = true
    }
  }
  return cells
}

test('the path covers exactly the dark modules, inside a quiet zone', () => {
  const { modules } = create(TEXT, { errorCorrectionLevel: 'M' })

  const { size, path } = qrCodePath(TEXT)

  expect(size).toBe(modules.size + 8)
  const cells = darkCells(path, size)
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const inside = row >= 4 && col >= 4 && row < size - 4 && col < size - 4
      const isDark = inside && modules.get(row - 4, col - 4) === 1
      expect(cells[row]![col]).toBe(isDark)
    }
  }
})

test('renders as a labelled inline SVG image', () => {
  render(<QrCode text={TEXT} label="QR code: plex.tv/link" />)

  const image = screen.getByRole('img', { name: 'QR code: plex.tv/link' })
  expect(image.tagName.toLowerCase()).toBe('svg')
  expect(image.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/)
})
