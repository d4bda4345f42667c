// @ts-check
import { readConfig } from './config.js'
import { startStandIn } from './start.js'

try {
  const standIn = await startStandIn(
    readConfig(process.argv.slice(2), process.env),
  )
  for (const part of standIn.parts) console.log(`${part.label} ${part.url}`)

  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    process.once(signal, () => {
      void standIn.close().then(() => process.exit(0))
    })
  }
} catch (error) {
  console.error(`stand-in: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
