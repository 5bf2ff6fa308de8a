// ANSI colour, by hand (Node 20.0 has no util.styleText). Off unless the caller decided it is wanted.

export interface ColorEnv {
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** FORCE_COLOR wins (except `0`); else colour on a TTY unless NO_COLOR is set (https://no-color.org). */
export function shouldColor({ isTTY, env }: ColorEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green' | 'magenta';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

export type Paint = (style: Style, text: string) => string;

export function painter(enabled: boolean): Paint {
  if (!enabled) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = CODES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  };
}
