import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useSingleFlight } from './use-single-flight.ts'

describe('useSingleFlight', () => {
  it('drops a call made while the last one runs, and takes the next', async () => {
    const { result } = renderHook(() => useSingleFlight())
    let runs = 0
    let finish = () => {}
    const task = () =>
      new Promise<void>((resolve) => {
        runs += 1
        finish = resolve
      })

    const first = result.current(task)
    void result.current(task)
    expect(runs).toBe(1)
    finish()
    await first

    void result.current(task)
    expect(runs).toBe(2)
  })

  it('is free again after a task fails', async () => {
    const { result } = renderHook(() => useSingleFlight())

    await expect(
      result.current(() => Promise.reject(new Error('nope'))),
    ).rejects.toThrow('nope')
    let ran = false
    await result.current(async () => {
      ran = true
    })

    expect(ran).toBe(true)
  })
})
