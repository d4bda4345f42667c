// @ts-check
// `npm run demo`: the Plex stand-in and the app's dev server together,
// offline, with the app pointed at the stand-in. The app outlives the
// stand-in, so the stand-in can be stopped and started again alone.
import concurrently from 'concurrently'

const basePort = Number(process.env.PLEXKEY_STANDIN_PORT ?? 32410)

const { commands, result } = concurrently(
  [
    { name: 'stand-in', command: 'node stand-in/main.js' },
    {
      name: 'app',
      command: 'vite --mode demo --host 127.0.0.1',
      env: {
        VITE_PLEX_TV_URL: `http://127.0.0.1:${basePort}`,
        VITE_PLEX_APP_URL: `http://127.0.0.1:${basePort + 1}`,
      },
    },
  ],
  { prefixColors: ['yellow', 'cyan'] },
)
const [standIn, app] = commands

// `killed` marks what concurrently stopped itself: on Ctrl-C, or below.
standIn?.close.subscribe(({ killed }) => {
  if (killed || app?.exited) return
  const port = process.env.PLEXKEY_STANDIN_PORT
  const command = `${port ? `PLEXKEY_STANDIN_PORT=${port} ` : ''}npm run stand-in`
  console.log(
    `\nThe stand-in stopped; the app keeps running. To start the stand-in again, run \`${command}\` in another terminal. It starts afresh: tokens from earlier sign-ins are gone, so tabs signed in with one are signed out at their next call (the fixed demo tokens keep working).\n`,
  )
})
app?.close.subscribe(() => {
  if (standIn && !standIn.exited) standIn.kill()
})

result.then(
  () => process.exit(0),
  () => process.exit(1),
)
