/** Iterative walks of a parsed page, so that deep nesting cannot overflow the stack. */

import type { AnyNode, Element } from 'domhandler';

/** All elements under `root`, iteratively so that deep nesting cannot overflow the stack. */
export function elementsOf(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') out.push(node as Element);
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

/** Text under a node, iteratively. */
export function textOf(root: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === 'text') text += (node as unknown as { data: string }).data;
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
  return text;
}
