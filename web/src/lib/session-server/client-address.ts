import { headers } from 'next/headers';

/**
 * The visitor's address as the web server settled it (`x-forwarded-for`, decision 1010), for calls
 * a server component makes to the router on the visitor's behalf.
 */
export async function readClientAddress(): Promise<string | undefined> {
  return (await headers()).get('x-forwarded-for') ?? undefined;
}
