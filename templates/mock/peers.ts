/**
 * The mock's optional peer dependencies, in one list: the SDK's package.json and README, the mock
 * command's hint and `startMock`'s all name these (the client itself needs none of them).
 */
export const MOCK_PEERS: Readonly<Record<string, string>> = {
  '@remix-run/multipart-parser': '^0.16.3',
  ajv: '^8.17.1',
  'ajv-formats': '^3.0.1',
};

/** The command that installs them all. */
export const MOCK_PEERS_INSTALL: string = `npm install --save-dev ${Object.keys(MOCK_PEERS).join(' ')}`;

/** The peer a module-resolution error says is missing (`Cannot find package 'ajv'`), if one. */
export function missingPeer(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const text = error instanceof Error ? error.message : String(error);
  return Object.keys(MOCK_PEERS).find(
    (peer) => text.includes(`'${peer}'`) || text.includes(`'${peer}/`),
  );
}

/** The one line naming a missing peer and the install command. */
export function peerHint(peer: string): string {
  return `The mock needs its optional peer dependencies (${peer} is missing): ${MOCK_PEERS_INSTALL}`;
}

/** A module load, its failure for want of a peer worded with the hint (the original as `cause`). */
export async function withPeerHint<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    const peer = missingPeer(error);
    if (peer === undefined) throw error;
    throw Object.assign(new Error(peerHint(peer), { cause: error }), {
      code: 'ERR_MOCK_PEER_MISSING',
    });
  }
}
