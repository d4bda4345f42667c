import { lazy, Suspense } from 'react'

interface DemoAccountsSlotProps {
  onPick: (login: string, password: string) => void
}

// Vite replaces import.meta.env.VITE_DEMO at build time, so outside demo
// builds this condition is false and the demo module is never bundled.
const DemoAccounts =
  import.meta.env.VITE_DEMO === 'true'
    ? lazy(() =>
        import('./demo-accounts.tsx').then((module) => ({
          default: module.DemoAccounts,
        })),
      )
    : null

/** The demo accounts list, present only in demo and e2e builds. */
export function DemoAccountsSlot({ onPick }: DemoAccountsSlotProps) {
  if (!DemoAccounts) return null
  return (
    <Suspense fallback={null}>
      <DemoAccounts onPick={onPick} />
    </Suspense>
  )
}
