/**
 * Pages are rendered on the server and need no JavaScript: every form is a plain POST. Shipping
 * no client code means no hydration (which reset text typed before it finished), a smaller page
 * and nothing for the CSP to allow. A future page that needs interaction (e.g. an actor map)
 * sets `export const csr = true` in its own +page.ts.
 */
export const csr = false;
