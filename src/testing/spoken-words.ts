/**
 * What a screen reader would speak from a live region: its words each time
 * they change or are added again, with the seconds since recording began
 * (on the clock, fake or real). Emptying it is not spoken, so it is not
 * recorded.
 */
export function recordSpokenWords(region: Element) {
  const start = Date.now()
  const spoken: { at: number; text: string }[] = []
  let last = region.textContent
  const observer = new MutationObserver((mutations) => {
    const text = region.textContent
    const isAddedAgain = mutations.some((mutation) =>
      [...mutation.addedNodes].some((node) => node.textContent),
    )
    if (text && (text !== last || isAddedAgain)) {
      spoken.push({ at: Math.round((Date.now() - start) / 1000), text })
    }
    last = text
  })
  observer.observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  })
  return {
    spoken,
    stop: () => observer.disconnect(),
  }
}
