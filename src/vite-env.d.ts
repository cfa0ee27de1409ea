/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's public address, for the closing slide's QR code; the page's own address when unset. */
  readonly VITE_PUBLIC_URL?: string;
}
