// @ts-check
/* global document, location, HTMLElement, HTMLFormElement, HTMLButtonElement */
import { readAuthParams, safeForwardUrl } from './auth-params.js'
import { element, messageFor, request, showStep } from './page.js'
import { wireSignInForm } from './sign-in-form.js'

// The hosted sign-in page: check the PIN, sign in, approve, then forward
// or say the window can be closed. The page never closes itself.

const params = readAuthParams(location.hash)
const clientIdentifier = params.clientID
let product = params.product
let token = ''

const error = element('error', HTMLElement)
/** @param {string} text */
const say = (text) => {
  error.textContent = text
}

/** @param {string} text */
function showProblem(text) {
  say('')
  element('problem-text', HTMLElement).textContent = text
  showStep('problem-step')
}

function showExpired() {
  showProblem(
    `This sign-in code has expired or is not known. Go back to ${product} and start again.`,
  )
}

/** @param {string} text */
function showDone(text) {
  element('done-text', HTMLElement).textContent = text
  showStep('done-step')
}

/** @param {string} known the product's name, or '' */
function describeAsker(known) {
  const asker = element('asker', HTMLElement)
  const name = document.createElement('strong')
  name.textContent = known
  asker.replaceChildren(
    ...(known ? [name] : ['An app']),
    ' wants to use your Plex account.',
  )
}

async function start() {
  if (!params.clientID || !params.code) {
    element('asker', HTMLElement).hidden = true
    showProblem(
      'This sign-in link is incomplete: it has no clientID or no code. Go back to the app and start again.',
    )
    return
  }

  const status = await request(
    `/api/pin?code=${encodeURIComponent(params.code)}`,
    { clientIdentifier },
  )
  product ||= status.body?.product ?? ''
  describeAsker(product)
  product ||= 'the app'
  if (status.code === 1020) return showExpired()
  if (!status.ok) return showProblem(messageFor(status))
  if (status.body.claimed) {
    return showDone(`${product} can already use your Plex account.`)
  }
  showStep('sign-in-step')
}

wireSignInForm({
  form: element('sign-in', HTMLFormElement),
  say,
  signIn: (fields) =>
    request('/api/sign-in', { method: 'POST', clientIdentifier, form: fields }),
  onSignedIn: (account) => {
    token = account.authToken
    element('approve-text', HTMLElement).textContent =
      `Signed in as ${account.title || account.username}. Allow ${product} to use your Plex account?`
    showStep('approve-step')
  },
})

const approveButton = element('approve', HTMLButtonElement)
approveButton.addEventListener('click', async () => {
  say('')
  approveButton.disabled = true
  const answer = await request('/api/approve', {
    method: 'POST',
    clientIdentifier,
    token,
    form: { code: params.code },
  })
  if (answer.code === 1020) return showExpired()
  if (!answer.ok) {
    approveButton.disabled = false
    return say(messageFor(answer))
  }

  const forward = safeForwardUrl(params.forwardUrl)
  if (forward) {
    showDone(`${product} can now use your Plex account. Returning to it…`)
    location.assign(forward)
    return
  }
  showDone(
    `${product} can now use your Plex account. You can close this window.`,
  )
})

await start()
