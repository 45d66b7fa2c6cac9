/**
 * One-entry memo for pure functions of a string that one turn calls many times
 * with the same text (the engine's rules ask `isShort(c.normalized)` a dozen
 * times per turn). Only the last argument is kept: nothing grows, and a new
 * text simply replaces it.
 *
 * @example
 *   const short = memoLast((t: string) => t.length < 12);
 *   short('验证码没收到'); short('验证码没收到'); // computed once
 */
export function memoLast<R>(fn: (text: string) => R): (text: string) => R {
  let lastText: string | undefined;
  let lastResult: R;
  return (text) => {
    if (text !== lastText) {
      lastResult = fn(text);
      lastText = text;
    }
    return lastResult;
  };
}
