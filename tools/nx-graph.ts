/** The part of `nx graph --file=…` output that the checks read. */
export interface ProjectGraphJson {
  graph: {
    nodes: Record<string, { type: string }>;
    dependencies: Record<string, Array<{ source: string; target: string }>>;
  };
}

/** Every dependency cycle between projects, each as the path that closes it (`[a, b, a]`), once. */
export function findCycles(graph: ProjectGraphJson): string[][] {
  const deps = graph.graph.dependencies;
  const projects = new Set(Object.keys(graph.graph.nodes));
  const cycles = new Map<string, string[]>();
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const cycle = path.slice(at);
      // One entry per cycle whatever node it was entered from: rotate to its smallest name.
      const start = cycle.indexOf([...cycle].sort()[0]);
      const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.set(canonical.join('>'), [...canonical, canonical[0]]);
      return;
    }
    if (done.has(node)) return;
    for (const d of deps[node] ?? []) if (projects.has(d.target)) visit(d.target, [...path, node]);
    done.add(node);
  };
  for (const p of [...projects].sort()) visit(p, []);
  return [...cycles.values()];
}
