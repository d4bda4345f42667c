/**
 * An answer held back until the test lets it go: a test can act while a
 * request is still out without betting on how long a delay lasts, which a
 * busy machine can outrun.
 */
export function holdAnswer() {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  return { released, release }
}
