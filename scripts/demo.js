// @ts-check
// `npm run demo`: the Plex stand-in and the app's dev server together,
// offline, with the app pointed at the stand-in.
import concurrently from 'concurrently'

const basePort = Number(process.env.PLEXKEY_STANDIN_PORT ?? 32410)

const { result } = concurrently(
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
  { killOthersOn: ['failure', 'success'], prefixColors: ['yellow', 'cyan'] },
)

result.then(
  () => process.exit(0),
  () => process.exit(1),
)
