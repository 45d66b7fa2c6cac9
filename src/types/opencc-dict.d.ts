/** opencc-js ships its dictionaries as modules exporting "from to|from to|…" strings, untyped. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
