// A message whose {placeholders} are filled with elements (links) rather than text.
import { Fragment, type ReactNode } from 'react';

export function interpolate(message: string, parts: Record<string, ReactNode>): ReactNode {
  return message.split(/\{(\w+)\}/).map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? parts[piece] ?? `{${piece}}` : piece}</Fragment>);
}
