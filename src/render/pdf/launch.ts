import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * Flags that keep Chromium off the network and fit it to a container.
 * `--no-sandbox`: Chromium refuses to start as root with its sandbox, and the service runs as root
 * in its container. What a page can do is limited instead: JavaScript is off, every request that
 * is not `data:`, `file:` or `about:` is aborted, and the host resolver maps every name to
 * "not found", so not even a DNS query leaves the machine.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--no-pings',
  '--font-render-hinting=none',
] as const;

/**
 * Starts headless-shell Chromium over a pipe rather than a WebSocket: no debugging port is opened,
 * and Chromium exits by itself when this process dies and the pipe closes. Signal handling is
 * left to the service, which closes the pool on shutdown.
 */
export function launchChromium(executablePath: string, timeoutMs: number): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: 'shell',
    pipe: true,
    args: [...CHROMIUM_ARGS],
    timeout: timeoutMs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
