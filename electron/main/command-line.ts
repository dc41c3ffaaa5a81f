// Reads the app's own command-line options (--data-dir, --profile-dir). Pure, so it is tested.

/**
 * The value of `--name=value` or `--name value`; the last occurrence wins. A following
 * argument that is itself an option is not taken as the value.
 */
export function readOption(argv: readonly string[], name: `--${string}`): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg.startsWith(`${name}=`)) {
      value = arg.slice(name.length + 1);
    } else if (arg === name) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i += 1;
      }
    }
  }
  return value !== undefined && value.length > 0 ? value : undefined;
}
