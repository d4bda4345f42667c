// @ts-check
/* global location, HTMLElement, HTMLFormElement, HTMLInputElement */
import { element, messageFor, request, showStep } from './page.js'
import { wireSignInForm } from './sign-in-form.js'

// The link page (plex.tv/link): sign in, then enter a 4-character code.
// It talks to plex.tv's own API: /api/v2/users/signin and
// PUT /api/v2/pins/link. Its client identifier is `?clientIdentifier=` from
// its URL (for tests), else a new one per page load.

const clientIdentifier =
  new URLSearchParams(location.search).get('clientIdentifier') ||
  crypto.randomUUID()
let token = ''

const error = element('error', HTMLElement)
/** @param {string} text */
const say = (text) => {
  error.textContent = text
}

wireSignInForm({
  form: element('sign-in', HTMLFormElement),
  say,
  signIn: (fields) =>
    request('/api/v2/users/signin', {
      method: 'POST',
      clientIdentifier,
      form: fields,
    }),
  onSignedIn: (account) => {
    token = account.authToken
    element('signed-in-as', HTMLElement).textContent =
      `Signed in as ${account.title || account.username}.`
    showStep('link-step')
  },
})

const linkForm = element('link', HTMLFormElement)
const codeInput = element('link-code', HTMLInputElement)
const linked = element('linked', HTMLElement)
const linkButton = /** @type {HTMLButtonElement} */ (
  linkForm.querySelector('button[type="submit"]')
)

linkForm.addEventListener('submit', async (event) => {
  event.preventDefault()
  say('')
  linked.textContent = ''
  const code = codeInput.value.trim()
  if (!/^[a-z0-9]{4}$/i.test(code)) {
    say('Enter the 4 letters or digits that your device shows.')
    codeInput.focus()
    return
  }

  linkButton.disabled = true
  const answer = await request('/api/v2/pins/link', {
    method: 'PUT',
    clientIdentifier,
    token,
    form: { code },
  })
  linkButton.disabled = false
  if (answer.ok) {
    codeInput.value = ''
    linked.textContent = `Linked: the device that showed ${code.toUpperCase()} is now signed in to your Plex account.`
    return
  }
  say(
    answer.code === 1020
      ? 'That code is not known or has expired. Check the code on your device, or get a new one there.'
      : messageFor(answer),
  )
  codeInput.focus()
})
