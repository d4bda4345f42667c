import { readFileSync, writeFileSync } from 'node:fs'
import { format } from 'prettier'
import { expect, test } from 'vitest'
import {
  FAILURE_MATRIX_DOC,
  renderFailureMatrixDoc,
} from './failure-matrix-doc.ts'

test(`${FAILURE_MATRIX_DOC} is written from the failure matrix (npm run matrix:doc)`, async () => {
  const expected = await format(renderFailureMatrixDoc(), {
    parser: 'markdown',
  })

  if (process.env.UPDATE_FAILURE_MATRIX === '1') {
    writeFileSync(FAILURE_MATRIX_DOC, expected)
  }

  expect(readFileSync(FAILURE_MATRIX_DOC, 'utf8')).toBe(expected)
})
