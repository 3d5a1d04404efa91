/** Shown beside anything the organisation's policy fixes. */
export function Locked({ id }: { id?: string }) {
  return <span class="locked" id={id}>🔒 Set by your organisation</span>;
}
