// @ts-check
/* global HTMLInputElement */
import { messageFor } from './page.js'

/** @import { Answer } from './page.js' */

/**
 * The account fields a page uses from plex.tv's sign-in answer.
 * @typedef {{ authToken: string, title: string, username: string }} Account
 */

/**
 * Drives a sign-in form with plex.tv's rules: login and password, then a
 * verification code when the account asks for one (1029). What was typed
 * is sent as typed. Only the rejected field is cleared.
 * @param {{
 *   form: HTMLFormElement,
 *   signIn: (fields: Record<string, string>) => Promise<Answer>,
 *   say: (text: string) => void,
 *   onSignedIn: (account: Account) => void,
 * }} options
 */
export function wireSignInForm({ form, signIn, say, onSignedIn }) {
  const login = input(form, 'login')
  const password = input(form, 'password')
  const code = input(form, 'verificationCode')
  const codeRow = /** @type {HTMLElement} */ (code.parentElement)
  const button = /** @type {HTMLButtonElement} */ (
    form.querySelector('button[type="submit"]')
  )

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    say('')
    button.disabled = true
    /** @type {Record<string, string>} */
    const fields = { login: login.value, password: password.value }
    if (!codeRow.hidden) fields.verificationCode = code.value

    const answer = await signIn(fields)
    button.disabled = false
    if (answer.ok) {
      onSignedIn(answer.body)
      return
    }

    if (answer.code === 1029) {
      codeRow.hidden = false
      code.required = true
      code.focus()
    } else if (answer.code === 1028) {
      code.value = ''
      code.focus()
    } else if (answer.code === 1001) {
      password.value = ''
      password.focus()
    }
    say(messageFor(answer))
  })
}

/**
 * @param {HTMLFormElement} form
 * @param {string} name
 */
function input(form, name) {
  const found = form.elements.namedItem(name)
  if (!(found instanceof HTMLInputElement)) {
    throw new Error(`the form has no ${name} field`)
  }
  return found
}
