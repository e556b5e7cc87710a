/** The anchor of one message on `/follow-ups/`: its situation's id and its channel, as in `#no-show-text`. */
export function templateAnchor(situationId: string, channel: string): string {
  return `${situationId}-${channel}`;
}
